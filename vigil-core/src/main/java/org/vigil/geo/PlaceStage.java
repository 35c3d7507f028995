package org.vigil.geo;

import java.util.Set;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.pipeline.Key;
import org.vigil.assembly.Keys;
import org.vigil.pipeline.Stage;

/** Finds and resolves the places a document names (extractor, then resolver, over the gazetteer it is given). */
public final class PlaceStage implements Stage {
    private final ToponymExtractor extractor;
    private final PlaceResolver resolver;

    public PlaceStage(ToponymExtractor extractor, PlaceResolver resolver) {
        this.extractor = extractor;
        this.resolver = resolver;
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.SENTENCES, Keys.ACTORS);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.TOPONYMS);
    }

    @Override
    public void process(AnnotatedDocument doc) {
        doc.put(Keys.TOPONYMS, resolver.resolve(extractor.extract(doc.text(), doc.get(Keys.SENTENCES), doc.get(Keys.ACTORS)), doc.text()));
    }
}

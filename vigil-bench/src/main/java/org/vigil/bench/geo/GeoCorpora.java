package org.vigil.bench.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the two corpora of {@code shared/bench/geoparsing}: LGL (texts from lgl.xml, gold from lgl_gold.txt, peers
 * lgl_*.txt) and GeoWebNews (texts Geocoding/files/N, gold gwn_full.txt, peers gwn_*.txt). Gold and peer files have
 * one line per document, toponyms separated by {@code ||}, fields by {@code ,,}: name, mention, lat, lon, start,
 * end (a gold line may add an area); the last five fields are read from the end, as some names hold commas.
 */
public final class GeoCorpora {
    private GeoCorpora() {
    }

    public static GeoCorpus lgl(Path dir) throws IOException {
        List<String> texts = lglTexts(dir.resolve("lgl.xml"));
        Map<String, List<List<GeoToponym>>> peers = new LinkedHashMap<>();
        String[][] names = {{"CLAVIN", "clavin"}, {"Edinburgh", "edin"}, {"GeoTxt", "geo"}, {"Topocluster", "topo"}, {"Yahoo", "yahoo"}};
        for (String[] n : names) {
            peers.put(n[0], lines(dir.resolve("lgl_" + n[1] + ".txt"), texts.size(), false));
        }
        return new GeoCorpus("LGL", texts, lines(dir.resolve("lgl_gold.txt"), texts.size(), true), peers, List.of("Topocluster"));
    }

    public static GeoCorpus geoWebNews(Path dir) throws IOException {
        Path geocoding = dir.resolve("Geocoding");
        List<List<GeoToponym>> gold = lines(geocoding.resolve("gwn_full.txt"), -1, false);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            texts.add(Files.readString(geocoding.resolve("files").resolve(Integer.toString(i)), StandardCharsets.UTF_8));
        }
        Map<String, List<List<GeoToponym>>> peers = new LinkedHashMap<>();
        String[][] names = {{"Edinburgh", "edin"}, {"Yahoo", "yahoo"}, {"EMM", "emm"}};
        for (String[] n : names) {
            peers.put(n[0], lines(geocoding.resolve("gwn_" + n[1] + ".txt"), texts.size(), false));
        }
        return new GeoCorpus("GeoWebNews", texts, gold, peers, List.of());
    }

    /** One LGL article: its text and the day it was downloaded ({@code dltime}, null where it has none). */
    public record LglArticle(String text, java.time.LocalDate downloaded) {
    }

    public static List<String> lglTexts(Path xml) throws IOException {
        return lglArticles(xml).stream().map(LglArticle::text).toList();
    }

    public static List<LglArticle> lglArticles(Path xml) throws IOException {
        try (InputStream in = Files.newInputStream(xml)) {
            org.w3c.dom.Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            NodeList articles = d.getDocumentElement().getElementsByTagName("article");
            List<LglArticle> out = new ArrayList<>();
            for (int i = 0; i < articles.getLength(); i++) {
                Element article = (Element) articles.item(i);
                NodeList t = article.getElementsByTagName("dltime");
                String v = t.getLength() == 0 ? "" : t.item(0).getTextContent().trim();
                out.add(new LglArticle(article.getElementsByTagName("text").item(0).getTextContent(),
                        v.length() >= 10 ? java.time.LocalDate.parse(v.substring(0, 10)) : null));
            }
            return out;
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("cannot read " + xml, e);
        }
    }

    /** One list per line; {@code docs} >= 0 pads or cuts to that many documents; gold lines carry an area field. */
    static List<List<GeoToponym>> lines(Path file, int docs, boolean withArea) throws IOException {
        String[] rows = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
        int n = docs >= 0 ? docs : rows.length - (rows[rows.length - 1].isBlank() ? 1 : 0);
        List<List<GeoToponym>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i < rows.length ? parse(rows[i], withArea) : List.of());
        }
        return out;
    }

    static List<GeoToponym> parse(String line, boolean withArea) {
        List<GeoToponym> out = new ArrayList<>();
        for (String t : line.split("\\|\\|")) {
            if (t.isBlank()) {
                continue;
            }
            String[] f = t.split(",,", -1);
            int last = f.length - (withArea ? 2 : 1);
            out.add(new GeoToponym(Integer.parseInt(f[last - 1].trim()), Integer.parseInt(f[last].trim()), f[last - 4],
                    number(f[last - 3]), number(f[last - 2])));
        }
        return out;
    }

    private static Double number(String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

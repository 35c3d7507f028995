package org.vigil.ingest.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads an XML sitemap (gzipped or not): the page URLs of a {@code <urlset>} and the child sitemaps of a
 * {@code <sitemapindex>}. DTDs and external entities are refused.
 */
public final class SitemapReader {
    /** Pages and child sitemaps listed. */
    public record Sitemap(List<String> pages, List<String> sitemaps) {
    }

    private SitemapReader() {
    }

    public static Sitemap read(byte[] bytes) throws FetchException {
        try (InputStream in = gunzipIfNeeded(bytes)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            Document d = f.newDocumentBuilder().parse(in);
            List<String> pages = new ArrayList<>();
            List<String> sitemaps = new ArrayList<>();
            NodeList locs = d.getElementsByTagNameNS("*", "loc");
            for (int i = 0; i < locs.getLength(); i++) {
                Element loc = (Element) locs.item(i);
                String parent = loc.getParentNode().getLocalName();
                String url = loc.getTextContent().trim();
                if (!url.isEmpty()) {
                    ("sitemap".equals(parent) ? sitemaps : pages).add(url);
                }
            }
            return new Sitemap(pages, sitemaps);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new FetchException("not a sitemap: " + e.getMessage(), e);
        }
    }

    static InputStream gunzipIfNeeded(byte[] bytes) throws IOException {
        InputStream in = new ByteArrayInputStream(bytes);
        return bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b ? new GZIPInputStream(in) : in;
    }
}

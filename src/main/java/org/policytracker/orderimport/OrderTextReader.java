package org.policytracker.orderimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * An order's text as paragraphs. Plain text: one paragraph per line (blank lines ignored). HTML and
 * XML (the Federal Register publishes both) are read with jsoup: every block element is a paragraph
 * break, inline elements (emphasis, links, the XML's {@code E} and {@code SU}) are not; scripts,
 * styles and the page's navigation are skipped.
 */
final class OrderTextReader {

    /** Inline elements; the XML's {@code PRTPAGE} (a page break) may fall mid-sentence. */
    private static final Set<String> INLINE = Set.of("a", "b", "i", "em", "strong", "span", "small", "sup", "sub", "u",
            "abbr", "cite", "code", "e", "su", "fr", "br", "prtpage");
    private static final Set<String> SKIPPED = Set.of("script", "style", "nav", "header", "footer", "head", "noscript");

    private OrderTextReader() {
    }

    static List<String> paragraphs(String content, OrderTextFormat format) {
        if (format == OrderTextFormat.PLAIN) {
            return content.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        }
        Document document = format == OrderTextFormat.XML ? Jsoup.parse(content, "", Parser.xmlParser())
                : Jsoup.parse(content);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Element root = format == OrderTextFormat.XML ? document : document.body();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && !insideSkipped(node)) {
                    current.append(text.getWholeText());
                } else if (node instanceof Element element && isBlock(element)) {
                    breakParagraph(paragraphs, current);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && isBlock(element)) {
                    breakParagraph(paragraphs, current);
                }
            }
        });
        breakParagraph(paragraphs, current);
        return paragraphs;
    }

    private static boolean isBlock(Element element) {
        return !INLINE.contains(element.normalName());
    }

    private static boolean insideSkipped(Node node) {
        for (Node parent = node.parentNode(); parent != null; parent = parent.parentNode()) {
            if (parent instanceof Element element && SKIPPED.contains(element.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static void breakParagraph(List<String> paragraphs, StringBuilder current) {
        String text = current.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
            paragraphs.add(text);
        }
        current.setLength(0);
    }
}

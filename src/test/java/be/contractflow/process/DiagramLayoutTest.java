package be.contractflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 14, "diagrams a process owner can read": in every model of {@code bpmn/}, no label
 * overlaps another label or a shape, and the whole diagram fits Cockpit's fit-to-screen on a
 * 1920×1080 screen at a scale where its labels can still be read.
 *
 * <p>Read from the diagram interchange: shapes' bounds, and each label's bounds as Modeler saved
 * them or, where it saved none, where bpmn-js draws it (events, gateways: centred under the shape,
 * 90 px wide, one 14 px line per 15 characters; a flow's name: at the middle of the flow).
 * bpmn-js lays an external label's text out itself (wrapped at 90 px, centred on the label's
 * bounds), so a label's text can outgrow its bounds: what Cockpit actually draws is measured by
 * {@code TasklistBrowserTest.a_process_owner_reads_every_model_at_cockpits_fit_to_screen}. A
 * character-count estimate of the drawn text disagreed with that measurement (proportional
 * glyphs: 4 to 7 px a character), so it is not repeated here.
 */
public class DiagramLayoutTest {

  private static final String DI = "http://www.omg.org/spec/BPMN/20100524/DI";
  private static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
  private static final String WAYPOINT_NS = "http://www.omg.org/spec/DD/20100524/DI";
  private static final String MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL";

  /**
   * Cockpit 7.24's diagram pane, maximised, in a 1920×1080 window: its width and the height
   * measured by {@code TasklistBrowserTest.a_process_owner_reads_every_model_at_cockpits_fit_to_screen}
   * (the header and footer take the rest).
   */
  static final double PANE_WIDTH = 1880;
  static final double PANE_HEIGHT = 800;
  /** Below this fit-to-screen scale an 11 px label is under 8 px: unreadable. */
  public static final double READABLE_SCALE = 0.7;

  /** Shapes a label may legitimately sit inside. */
  private static final Set<String> CONTAINERS = Set.of("subProcess", "participant", "lane",
      "transaction", "group");

  record Box(String owner, double x, double y, double width, double height) {
    boolean overlaps(Box other) {
      return x < other.x + other.width && other.x < x + width
          && y < other.y + other.height && other.y < y + height;
    }

    double right() {
      return x + width;
    }

    double bottom() {
      return y + height;
    }
  }

  static Stream<Path> models() throws IOException {
    return Files.list(Path.of("bpmn")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
  }

  @ParameterizedTest
  @MethodSource("models")
  void no_label_overlaps_another_label_or_a_shape(Path model) throws Exception {
    Diagram diagram = Diagram.read(model);
    List<String> overlaps = new ArrayList<>();
    for (int i = 0; i < diagram.labels.size(); i++) {
      Box label = diagram.labels.get(i);
      for (Box other : diagram.labels.subList(i + 1, diagram.labels.size())) {
        if (label.overlaps(other)) {
          overlaps.add("label of " + label.owner() + " over label of " + other.owner());
        }
      }
      for (Box shape : diagram.shapes) {
        boolean container = CONTAINERS.contains(diagram.types.get(shape.owner()));
        boolean inside = shape.x() <= label.x() && shape.y() <= label.y()
            && shape.right() >= label.right() && shape.bottom() >= label.bottom();
        if (!shape.owner().equals(label.owner()) && label.overlaps(shape) && !(container && inside)) {
          overlaps.add("label of " + label.owner() + " over " + shape.owner());
        }
      }
    }
    assertThat(overlaps).as(model.toString()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("models")
  void the_diagram_reads_at_cockpits_fit_to_screen_on_1920_by_1080(Path model) throws Exception {
    Diagram diagram = Diagram.read(model);
    double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = 0, maxY = 0;
    for (Box box : diagram.all()) {
      minX = Math.min(minX, box.x());
      minY = Math.min(minY, box.y());
      maxX = Math.max(maxX, box.right());
      maxY = Math.max(maxY, box.bottom());
    }
    double scale = Math.min(PANE_WIDTH / (maxX - minX), PANE_HEIGHT / (maxY - minY));
    assertThat(scale).as("%s is %.0f×%.0f px", model, maxX - minX, maxY - minY)
        .isGreaterThanOrEqualTo(READABLE_SCALE);
  }

  /** The boxes of one model's diagram interchange. */
  static final class Diagram {
    final List<Box> shapes = new ArrayList<>();
    final List<Box> labels = new ArrayList<>();
    /** Flow waypoints: part of the diagram's extent, nothing a label could hide. */
    final List<Box> waypoints = new ArrayList<>();
    final Map<String, String> types = new HashMap<>();

    List<Box> all() {
      List<Box> all = new ArrayList<>(shapes);
      all.addAll(labels);
      all.addAll(waypoints);
      return all;
    }

    static Diagram read(Path model) throws Exception {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document document = factory.newDocumentBuilder().parse(model.toFile());
      Diagram diagram = new Diagram();
      Map<String, String> names = new HashMap<>();
      NodeList elements = document.getElementsByTagNameNS(MODEL, "*");
      for (int i = 0; i < elements.getLength(); i++) {
        Element element = (Element) elements.item(i);
        if (!element.getAttribute("id").isEmpty()) {
          diagram.types.put(element.getAttribute("id"), element.getLocalName());
          names.put(element.getAttribute("id"), element.getAttribute("name"));
        }
      }
      NodeList shapes = document.getElementsByTagNameNS(DI, "BPMNShape");
      for (int i = 0; i < shapes.getLength(); i++) {
        Element shape = (Element) shapes.item(i);
        String owner = shape.getAttribute("bpmnElement");
        Box bounds = bounds(owner, first(shape, DC, "Bounds"));
        diagram.shapes.add(bounds);
        Element label = first(shape, DI, "BPMNLabel");
        String name = names.getOrDefault(owner, "");
        String type = diagram.types.getOrDefault(owner, "");
        if (label != null && first(label, DC, "Bounds") != null) {
          diagram.labels.add(bounds(owner, first(label, DC, "Bounds")));
        } else if (!name.isBlank() && (type.endsWith("Event") || type.endsWith("Gateway"))) {
          double height = lines(name) * 14;
          diagram.labels.add(new Box(owner, bounds.x() + bounds.width() / 2 - 45,
              bounds.bottom() + 5, 90, height));
        }
      }
      NodeList edges = document.getElementsByTagNameNS(DI, "BPMNEdge");
      for (int i = 0; i < edges.getLength(); i++) {
        Element edge = (Element) edges.item(i);
        String owner = edge.getAttribute("bpmnElement");
        Element label = first(edge, DI, "BPMNLabel");
        NodeList points = edge.getElementsByTagNameNS(WAYPOINT_NS, "waypoint");
        for (int p = 0; p < points.getLength(); p++) {
          Element point = (Element) points.item(p);
          diagram.waypoints.add(new Box(owner,
              Double.parseDouble(point.getAttribute("x")), Double.parseDouble(point.getAttribute("y")), 0, 0));
        }
        if (label != null && first(label, DC, "Bounds") != null) {
          diagram.labels.add(bounds(owner, first(label, DC, "Bounds")));
        }
      }
      return diagram;
    }

    private static int lines(String name) {
      return Math.max(1, (int) Math.ceil(name.length() / 15.0));
    }

    private static Box bounds(String owner, Element bounds) {
      return new Box(owner, Double.parseDouble(bounds.getAttribute("x")),
          Double.parseDouble(bounds.getAttribute("y")), Double.parseDouble(bounds.getAttribute("width")),
          Double.parseDouble(bounds.getAttribute("height")));
    }

    private static Element first(Element parent, String namespace, String name) {
      NodeList found = parent.getElementsByTagNameNS(namespace, name);
      for (int i = 0; i < found.getLength(); i++) {
        if (found.item(i).getParentNode() == parent) {
          return (Element) found.item(i);
        }
      }
      return null;
    }
  }
}

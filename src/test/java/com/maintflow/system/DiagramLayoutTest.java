package com.maintflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every diagram in {@code processes/} reads as drawn, checked on its BPMN DI (the coordinates Modeler stores):
 * no shape over another (except a boundary event on its task and shapes inside their sub-process), no label over a
 * label or a shape, and no sequence flow through a shape or a label it does not connect. Render the diagrams with
 * {@code config/render} to see what this protects.
 */
class DiagramLayoutTest {

    /** Lines touching a box's edge are fine; only what runs more than this far inside counts. */
    private static final double SLACK = 2;

    record Box(String what, double x, double y, double w, double h) {

        static Box of(String what, Bounds b) {
            return new Box(what, b.getX(), b.getY(), b.getWidth(), b.getHeight());
        }

        boolean overlaps(Box o) {
            return x + SLACK < o.x + o.w && o.x + SLACK < x + w && y + SLACK < o.y + o.h && o.y + SLACK < y + h;
        }

        boolean contains(Box o) {
            return x <= o.x && y <= o.y && o.x + o.w <= x + w && o.y + o.h <= y + h;
        }

        /** Whether the segment runs through the box's inside (shrunk by the slack). */
        boolean crossedBy(double x1, double y1, double x2, double y2) {
            double left = x + SLACK, right = x + w - SLACK, top = y + SLACK, bottom = y + h - SLACK;
            // Liang–Barsky clipping: does any part of the segment lie inside the shrunk box?
            double t0 = 0, t1 = 1, dx = x2 - x1, dy = y2 - y1;
            double[] p = {-dx, dx, -dy, dy};
            double[] q = {x1 - left, right - x1, y1 - top, bottom - y1};
            for (int i = 0; i < 4; i++) {
                if (p[i] == 0) {
                    if (q[i] < 0) {
                        return false;
                    }
                } else {
                    double t = q[i] / p[i];
                    if (p[i] < 0) {
                        t0 = Math.max(t0, t);
                    } else {
                        t1 = Math.min(t1, t);
                    }
                }
            }
            return t0 < t1;
        }
    }

    static Stream<Path> diagrams() throws IOException {
        return Files.list(Path.of("processes")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void noShapeLabelOrFlowIsDrawnOverAnother(Path diagram) {
        BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
        Collection<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class);
        Collection<BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class);
        List<String> problems = new ArrayList<>();

        List<BpmnShape> shapeList = List.copyOf(shapes);
        for (int i = 0; i < shapeList.size(); i++) {
            for (int j = i + 1; j < shapeList.size(); j++) {
                BpmnShape a = shapeList.get(i), b = shapeList.get(j);
                Box boxA = box(a), boxB = box(b);
                if (boxA.overlaps(boxB) && !mayOverlap(a, b) && !boxA.contains(boxB) && !boxB.contains(boxA)) {
                    problems.add("shape " + boxA.what + " overlaps shape " + boxB.what);
                }
            }
        }
        List<Box> labels = new ArrayList<>();
        shapes.stream().filter(s -> s.getBpmnLabel() != null && s.getBpmnLabel().getBounds() != null)
                .forEach(s -> labels.add(Box.of("label of " + id(s.getBpmnElement()), s.getBpmnLabel().getBounds())));
        edges.stream().filter(e -> e.getBpmnLabel() != null && e.getBpmnLabel().getBounds() != null)
                .forEach(e -> labels.add(Box.of("label of " + id(e.getBpmnElement()), e.getBpmnLabel().getBounds())));
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                if (labels.get(i).overlaps(labels.get(j))) {
                    problems.add(labels.get(i).what + " overlaps " + labels.get(j).what);
                }
            }
            for (BpmnShape shape : shapes) {
                Box box = box(shape);
                if (labels.get(i).overlaps(box) && !box.contains(labels.get(i))
                        || box.contains(labels.get(i)) && !(shape.getBpmnElement() instanceof SubProcess)) {
                    problems.add(labels.get(i).what + " lies over shape " + box.what);
                }
            }
        }
        for (BpmnEdge edge : edges) {
            SequenceFlow flow = (SequenceFlow) edge.getBpmnElement();
            List<Waypoint> points = List.copyOf(edge.getWaypoints());
            for (int k = 0; k + 1 < points.size(); k++) {
                Waypoint p = points.get(k), q = points.get(k + 1);
                for (BpmnShape shape : shapes) {
                    BaseElement element = shape.getBpmnElement();
                    boolean connected = element == flow.getSource() || element == flow.getTarget()
                            || element instanceof SubProcess;
                    if (!connected && box(shape).crossedBy(p.getX(), p.getY(), q.getX(), q.getY())) {
                        problems.add("flow " + flow.getId() + " runs through shape " + id(element));
                    }
                }
                String own = "label of " + flow.getId();
                for (Box label : labels) {
                    if (!label.what.equals(own) && label.crossedBy(p.getX(), p.getY(), q.getX(), q.getY())) {
                        problems.add("flow " + flow.getId() + " runs through " + label.what);
                    }
                }
            }
        }
        assertThat(problems).as(diagram + " (render it with config/render to see)").isEmpty();
    }

    /** A boundary event sits on its task's border by design. */
    private static boolean mayOverlap(BpmnShape a, BpmnShape b) {
        return attached(a, b) || attached(b, a);
    }

    private static boolean attached(BpmnShape event, BpmnShape host) {
        return event.getBpmnElement() instanceof BoundaryEvent boundary && boundary.getAttachedTo() == host.getBpmnElement();
    }

    private static Box box(BpmnShape shape) {
        return Box.of(id(shape.getBpmnElement()), shape.getBounds());
    }

    private static String id(BaseElement element) {
        return element instanceof FlowNode || element instanceof SequenceFlow || element != null ? element.getId() : "?";
    }
}

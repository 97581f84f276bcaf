package org.anchang.ui.register;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.util.StringConverter;
import org.anchang.ui.shell.Dialogs.Choice;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * The controller of every register form's FXML (Visit, Call, FollowUp, Prospect, Report, QuickVisit): binds each
 * control whose fx:id is a view-model key, shows each field's message under it (label {@code <key>Error}) and as a
 * ControlsFX decoration, lists the collision check, and maps the keys: Enter saves, Ctrl+N starts a new form, Esc
 * cancels. It decides nothing; the view model does.
 */
public final class EntryView {

    private final EntryViewModel vm;
    private final ResourceBundle m;
    private final ValidationSupport validation = new ValidationSupport();
    private Map<String, Object> ids;
    private Runnable onEscape;

    public EntryView(EntryViewModel vm, ResourceBundle messages) {
        this.vm = vm;
        this.m = messages;
        this.onEscape = vm::cancel;
    }

    /** What Esc does: cancel the form (the default), or close the quick visit's window. */
    public EntryView onEscape(Runnable r) {
        onEscape = r;
        return this;
    }

    /** Loads {@code fxml} (in this package's resources) with this controller and binds it. */
    public Parent load(String fxml) {
        FXMLLoader loader = new FXMLLoader(EntryView.class.getResource(fxml), m);
        loader.setController(this);
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ids = loader.getNamespace();
        bind(root);
        return root;
    }

    private void bind(Parent root) {
        for (String key : vm.textKeys()) {
            Object node = ids.get(key);
            if (node instanceof ComboBox<?> raw) {
                @SuppressWarnings("unchecked")
                ComboBox<String> box = (ComboBox<String>) raw;
                box.setEditable(true);
                vm.suggestions(key).ifPresent(box::setItems);
                box.getEditor().textProperty().bindBidirectional(vm.textProperty(key));
                box.valueProperty().addListener((o, a, b) -> {
                    if (b != null) {
                        vm.textProperty(key).set(b);
                    }
                });
                leaving(box, key);
            } else if (node instanceof TextInputControl t) {
                t.textProperty().bindBidirectional(vm.textProperty(key));
                t.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().length() > limit(key) ? null : c));
                leaving(t, key);
            }
        }
        for (String key : vm.pickKeys()) {
            if (ids.get(key) instanceof ComboBox<?> raw) {
                @SuppressWarnings("unchecked")
                ComboBox<Choice> box = (ComboBox<Choice>) raw;
                box.setItems(vm.choices(key));
                box.setConverter(new StringConverter<>() {
                    @Override
                    public String toString(Choice c) {
                        return c == null ? "" : c.label();
                    }

                    @Override
                    public Choice fromString(String s) {
                        return vm.choices(key).stream().filter(c -> c.label().equals(s)).findFirst().orElse(null);
                    }
                });
                Runnable show = () -> box.setValue(vm.choices(key).stream().filter(c -> c.id().equals(vm.pickProperty(key).get()))
                        .findFirst().orElse(null));
                vm.pickProperty(key).addListener((o, a, b) -> show.run());
                box.valueProperty().addListener((o, a, b) -> {
                    if (b != null && !b.id().equals(vm.pickProperty(key).get())) {
                        vm.pickProperty(key).set(b.id());
                    }
                });
                show.run();
            }
        }
        for (String key : vm.dateKeys()) {
            if (ids.get(key) instanceof DatePicker d) {
                d.setConverter(new Dates(d));
                d.valueProperty().bindBidirectional(vm.dateProperty(key));
                d.setEditable(true);
                d.focusedProperty().addListener((o, was, is) -> {
                    if (!is) {
                        commit(d);
                    }
                });
            }
        }
        for (String key : vm.flagKeys()) {
            if (ids.get(key) instanceof CheckBox b) {
                b.selectedProperty().bindBidirectional(vm.flagProperty(key));
            }
        }
        for (String key : keys()) {
            if (ids.get(key + "Error") instanceof Label l) {
                l.textProperty().bind(vm.errorProperty(key));
                l.managedProperty().bind(vm.errorProperty(key).isNotNull());
                l.visibleProperty().bind(vm.errorProperty(key).isNotNull());
            }
            if (ids.get(key + "Label") instanceof Label l && ids.get(key) instanceof Node n) {
                l.setLabelFor(n);
            }
            if (ids.get(key) instanceof Control c) {
                validation.registerValidator(c, false, (ctl, v) -> {
                    String why = vm.errorProperty(key).get();
                    return ValidationResult.fromErrorIf(ctl, why == null ? "" : why, why != null);
                });
                vm.errorProperty(key).addListener((o, a, b) -> validation.revalidate(c));
            }
        }
        if (ids.get("phoneHint") instanceof Label hint) {
            hint.textProperty().bind(vm.phoneHintProperty());
        }
        if (ids.get("message") instanceof Label msg) {
            msg.textProperty().bind(vm.messageProperty());
            vm.errorProperty().addListener((o, a, err) -> style(msg, "error", err));
        }
        if (ids.get("ownerHint") instanceof Label hint && vm instanceof FollowUpViewModel f) {
            hint.textProperty().bind(f.ownerHintProperty());
        }
        if (ids.get("collision") instanceof Pane box) {
            CollisionViewModel check = vm.collision();
            // Redrawn only when an answer (or a clear) comes: between the keystroke and the answer the frame stays as it was.
            check.lines().addListener((ListChangeListener<CollisionViewModel.Line>) ch -> showLines(box));
            showLines(box);
        }
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.newEntry();
                focusFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                // A filter: a text field with a formatter consumes Esc itself. An open list is a popup window of its
                // own, so Esc there closes the list and never reaches the form.
                onEscape.run();
                e.consume();
            }
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown() && !(e.getTarget() instanceof TextArea)) {
                save();
                e.consume();
            }
        });
    }

    /** Saves through the view model; a refused save puts the caret on the first field to correct. */
    public void save() {
        ids.values().stream().filter(DatePicker.class::isInstance).map(DatePicker.class::cast).forEach(EntryView::commit);
        vm.save();
        if (!vm.validProperty().get()) {
            Optional.ofNullable(vm.firstErrorProperty().get()).map(ids::get).filter(Node.class::isInstance).map(Node.class::cast)
                    .ifPresent(Node::requestFocus);
        }
    }

    /** Puts the caret in the form's first field. */
    public void focusFirst() {
        java.util.stream.Stream.of("name", "phone").map(ids::get).filter(Control.class::isInstance).findFirst()
                .or(() -> keys().stream().map(ids::get).filter(Control.class::isInstance).findFirst())
                .map(Node.class::cast).ifPresent(n -> Platform.runLater(n::requestFocus));
    }

    private java.util.List<String> keys() {
        java.util.List<String> all = new java.util.ArrayList<>(vm.textKeys());
        all.addAll(vm.pickKeys());
        all.addAll(vm.dateKeys());
        all.addAll(vm.flagKeys());
        return all;
    }

    private void leaving(Control c, String key) {
        c.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                vm.leave(key);
            }
        });
    }

    private static int limit(String key) {
        return switch (key) {
            case "notes", "content" -> org.anchang.office.RegisterDesk.TEXT_MAX;
            case "address" -> org.anchang.office.RegisterDesk.ADDRESS_MAX;
            case "company" -> org.anchang.office.RegisterDesk.COMPANY_MAX;
            case "time" -> 8;
            case "party" -> 3;
            case "phone", "referredBy", "relationPhone" -> 24;
            default -> org.anchang.office.RegisterDesk.NAME_MAX;
        };
    }

    private void showLines(Pane box) {
        CollisionViewModel check = vm.collision();
        box.getChildren().clear();
        if (check.lines().isEmpty()) {
            Label l = new Label(m.getString("register.check.empty"));
            l.getStyleClass().addAll("check-line", "idle");
            l.setWrapText(true);
            box.getChildren().add(l);
            return;
        }
        for (CollisionViewModel.Line line : check.lines()) {
            Label l = new Label(line.text());
            l.getStyleClass().addAll("check-line", line.style());
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
            box.getChildren().add(l);
        }
    }

    private static void style(Node n, String cls, boolean on) {
        n.getStyleClass().remove(cls);
        if (on) {
            n.getStyleClass().add(cls);
        }
    }

    /** Takes the date typed into a picker's editor (a date picker only commits on Enter or when it loses focus). */
    static void commit(DatePicker d) {
        String typed = d.getEditor().getText();
        LocalDate parsed = d.getConverter().fromString(typed);
        if (parsed != null && !parsed.equals(d.getValue())) {
            d.setValue(parsed);
        }
    }

    @javafx.fxml.FXML
    private void saveAction() {
        save();
    }

    @javafx.fxml.FXML
    private void newAction() {
        vm.newEntry();
        focusFirst();
    }

    @javafx.fxml.FXML
    private void cancelAction() {
        onEscape.run();
    }
}

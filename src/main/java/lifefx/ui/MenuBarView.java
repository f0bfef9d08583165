package lifefx.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The menu bar, built in code from a {@link MenuBarModel}: one item per {@link Shortcut}, with its
 * key shown as the accelerator (the window's key handler does the work; see {@link MainWindow}).
 * FX thread only.
 */
final class MenuBarView extends MenuBar {

    private final Map<Shortcut, MenuItem> items = new EnumMap<>(Shortcut.class);

    MenuBarView(MenuBarModel model) {
        for (String name : MenuBarModel.MENUS) {
            Menu menu = new Menu(name);
            String group = null;
            for (Shortcut s : MenuBarModel.items(name)) {
                String g = MenuBarModel.group(s);
                if (group != null && !g.equals(group)) {
                    menu.getItems().add(new SeparatorMenuItem());
                }
                group = g;
                String sub = MenuBarModel.submenu(s);
                if (sub == null) {
                    menu.getItems().add(item(model, s));
                    continue;
                }
                Menu submenu = menu.getItems().stream().filter(i -> i instanceof Menu && sub.equals(i.getText()))
                        .map(Menu.class::cast).findFirst().orElseGet(() -> {
                            Menu m = new Menu(sub);
                            menu.getItems().add(m);
                            return m;
                        });
                submenu.getItems().add(item(model, s));
            }
            getMenus().add(menu);
        }
    }

    private MenuItem item(MenuBarModel model, Shortcut s) {
        ReadOnlyBooleanProperty checked = model.checkedProperty(s);
        MenuItem mi;
        if (checked != null) {
            CheckMenuItem c = new CheckMenuItem(s.description());
            c.setSelected(checked.get());
            // The item flips itself when chosen; the command flips the model, whose listener then
            // sets the item to the model's value.
            checked.addListener((o, a, b) -> c.setSelected(b));
            mi = c;
        } else {
            mi = new MenuItem(s.description());
        }
        mi.setOnAction(e -> model.run(s));
        mi.disableProperty().bind(model.disabledProperty(s));
        if (s == Shortcut.PLAY) {
            // Space acts on release (see MainWindow), so it cannot be an accelerator.
            mi.setText(s.description() + "   (Space)");
        } else if (!s.keys().isEmpty()) {
            mi.setAccelerator(s.keys().getFirst());
        }
        items.put(s, mi);
        return mi;
    }

    /** The item of {@code s} (for tests). */
    MenuItem item(Shortcut s) {
        return items.get(s);
    }
}

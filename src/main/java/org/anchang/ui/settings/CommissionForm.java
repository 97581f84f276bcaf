package org.anchang.ui.settings;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import org.anchang.office.Office;
import org.anchang.office.OfficeSettings;
import org.anchang.office.Staff;
import org.anchang.ui.shell.TaskRunner;

/**
 * 佣金: the product types ({@code commission.products}, 高层住宅,排屋,商铺,车位 while unset) and a rate per mille for
 * each ({@code commission.rate.<产品类型>}). A changed product list takes effect on Enter ({@link #applyProducts})
 * or on save; the list and the rates are saved together, in one transaction.
 */
public final class CommissionForm extends SettingsForm {

    private final Field products;

    private CommissionForm(ResourceBundle m, TaskRunner runner, Office office, String actor, Field products) {
        super(m, runner, office::setting, named(new Staff(office), actor), List.of(products));
        this.products = products;
    }

    public static CommissionForm of(Office office, String actor, ResourceBundle m, TaskRunner runner) {
        Field products = new Field(OfficeSettings.COMMISSION_PRODUCTS, m.getString("settings.field.products"),
                m.getString("settings.hint.products"), false, OfficeSettings::products,
                String.join(",", OfficeSettings.DEFAULT_PRODUCTS));
        return new CommissionForm(m, runner, office, actor, products);
    }

    /** The product-list field (the first of {@link #fields()}). */
    public Field products() {
        return products;
    }

    private record Stored(Optional<String> list, List<String> names, List<Optional<String>> rates) {
    }

    @Override
    public void load() {
        work(() -> {
            Optional<String> list = reader().apply(products.name());
            List<String> names = list.filter(s -> !s.isBlank()).map(OfficeSettings::productList).orElse(OfficeSettings.DEFAULT_PRODUCTS);
            return new Stored(list, names, names.stream().map(p -> reader().apply(OfficeSettings.commissionRate(p))).toList());
        }, s -> {
            products.stored(s.list());
            List<Field> all = new ArrayList<>(List.of(products));
            for (int i = 0; i < s.names().size(); i++) {
                Field f = rate(s.names().get(i));
                f.stored(s.rates().get(i));
                all.add(f);
            }
            fields().setAll(all);
        });
    }

    /**
     * Rebuilds the rate rows from the product list as typed: rows of products still listed keep what was typed in
     * them, new products show their stored rate if they ever had one. A bad list is refused naming the field.
     */
    public void applyProducts() {
        applyThen(() -> { });
    }

    private void applyThen(Runnable then) {
        List<String> names;
        try {
            names = OfficeSettings.productList(OfficeSettings.products(products.valueProperty().get()));
        } catch (IllegalArgumentException e) {
            say(true, products.label() + ": " + e.getMessage());
            return;
        }
        List<Field> kept = fields().subList(1, fields().size()).stream().filter(f -> names.contains(product(f))).toList();
        List<String> fresh = names.stream().filter(n -> kept.stream().noneMatch(f -> product(f).equals(n))).toList();
        work(() -> fresh.stream().map(p -> reader().apply(OfficeSettings.commissionRate(p))).toList(), stored -> {
            List<Field> all = new ArrayList<>(List.of(products));
            for (String n : names) {
                Field f = kept.stream().filter(k -> product(k).equals(n)).findFirst().orElseGet(() -> {
                    Field x = rate(n);
                    x.stored(stored.get(fresh.indexOf(n)));
                    return x;
                });
                all.add(f);
            }
            fields().setAll(all);
            then.run();
        });
    }

    @Override
    public void save() {
        applyThen(super::save);
    }

    private static String product(Field rate) {
        return rate.name().substring(OfficeSettings.commissionRate("").length());
    }

    private Field rate(String product) {
        return new Field(OfficeSettings.commissionRate(product), MessageFormat.format(m.getString("settings.field.rate"), product),
                m.getString("settings.hint.rate"), false, OfficeSettings::perMille).prompt(m.getString("settings.unset"));
    }
}

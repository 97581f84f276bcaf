package org.anchang.ui.register;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.anchang.ui.shell.Dialogs.Choice;

/**
 * The lists a register form offers: source channels (来源), intents (意向, stored as 高/中/低), follow-up methods,
 * business types (业态), the ties between customers (REG-4). The words come from the messages bundle; what is
 * stored is the same Chinese word whatever the desk's language.
 */
final class Sources {

    private Sources() {
    }

    static List<String> list(ResourceBundle m) {
        return List.of(m.getString("register.sources").split(","));
    }

    static List<String> businessTypes(ResourceBundle m) {
        return List.of(m.getString("register.businessTypes").split(","));
    }

    static List<Choice> intents(ResourceBundle m) {
        return List.of(new Choice("", m.getString("register.intent.none")), new Choice("高", m.getString("register.intent.high")),
                new Choice("中", m.getString("register.intent.mid")), new Choice("低", m.getString("register.intent.low")));
    }

    static List<Choice> methods(ResourceBundle m) {
        List<Choice> out = new ArrayList<>();
        String[] stored = {"电话", "微信", "短信", "面谈", "上门"};
        String[] keys = {"phone", "wechat", "sms", "meeting", "home"};
        for (int i = 0; i < stored.length; i++) {
            out.add(new Choice(stored[i], m.getString("register.method." + keys[i])));
        }
        return out;
    }

    static List<Choice> relations(ResourceBundle m) {
        List<Choice> out = new ArrayList<>();
        out.add(new Choice("", m.getString("register.relation.none")));
        for (String k : new String[] {"SPOUSE", "PARENT", "CHILD", "SIBLING", "FRIEND"}) {
            out.add(new Choice(k, m.getString("register.relation." + k.toLowerCase(java.util.Locale.ROOT))));
        }
        return out;
    }
}

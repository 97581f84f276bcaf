package org.anchang.customer;

/** A customer as a register line names them: a name (or surname) and a phone. */
public record Contact(String name, Phone phone) {
}

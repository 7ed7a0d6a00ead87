package dev.platina.workflow.expression.internal;

/** A node with an operator between two operands, evaluated (or short-circuited) by the subclass. */
abstract class BinaryNode extends Node {

    final Node left;
    final Node right;

    BinaryNode(int position, Node left, Node right) {
        super(position, left, right);
        this.left = left;
        this.right = right;
    }
}

package org.suqiu.intake.open311.model;

import java.util.List;

/**
 * One extra question of a service (Open311 attribute): its code, datatype ({@code string},
 * {@code number}, {@code text}, {@code singlevaluelist}, {@code multivaluelist}), whether it must be
 * answered, its order and description, and the allowed values of a list.
 */
public record ServiceAttribute(String code, String datatype, boolean required, int order, String description,
        List<Value> values) {

    /** An allowed answer of a list attribute. */
    public record Value(String key, String name) {
    }

    public ServiceAttribute {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** Whether {@code answers} answer this attribute acceptably; an unanswered optional one is fine. */
    public boolean accepts(List<String> answers) {
        if (answers == null || answers.isEmpty() || answers.stream().allMatch(String::isBlank)) {
            return !required;
        }
        return switch (datatype) {
            case "singlevaluelist" -> answers.size() == 1 && isValue(answers.get(0));
            case "multivaluelist" -> answers.stream().allMatch(this::isValue);
            case "number" -> answers.size() == 1 && answers.get(0).strip().matches("-?\\d+(\\.\\d+)?");
            default -> answers.size() == 1 && answers.get(0).length() <= 500;
        };
    }

    /** The display name of a list answer, or the answer itself. */
    public String nameOf(String answer) {
        return values.stream().filter(value -> value.key().equals(answer)).map(Value::name).findFirst().orElse(answer);
    }

    private boolean isValue(String answer) {
        return values.stream().anyMatch(value -> value.key().equals(answer));
    }
}

namespace ComplianceHub.Reporting.Registers;

/// <summary>Checks a list of short texts (categories, purposes, sub-processors), naming <c>field[i]</c> for a bad item.</summary>
internal static class TextLists
{
    /// <returns>The trimmed items, or null when the list is invalid.</returns>
    public static List<string>? Validate(ValidationErrors errors, string field, IReadOnlyList<string?>? items, bool required, string why)
    {
        var list = items ?? [];
        errors.When(required && list.Count == 0, field, $"At least one item is required ({why}).")
            .When(list.Count > RegisterLimits.MaxItems, field, $"At most {RegisterLimits.MaxItems} items.");
        var valid = list.Count <= RegisterLimits.MaxItems && (!required || list.Count > 0);
        for (var i = 0; i < list.Count && i < RegisterLimits.MaxItems; i++)
        {
            var before = errors.Fields.Count;
            errors.Text($"{field}[{i}]", list[i], RegisterLimits.ItemLength, required: true, multiline: false);
            valid &= errors.Fields.Count == before;
        }

        return valid ? [.. list.Select(item => item!.Trim())] : null;
    }
}

namespace ComplianceHub.Shared.Http;

/// <summary>The checks every paged, time-filtered listing makes on its query string.</summary>
public static class PagedQuery
{
    /// <summary>
    /// <paramref name="pageSize"/> null means the listing's default, at most <paramref name="maxPageSize"/>. The rows
    /// skipped, (page − 1) × pageSize, must fit an <see cref="int"/>: beyond, the multiplication would overflow into a
    /// negative or wrong offset, so such a page is refused as 400 (there are no rows that far anyway).
    /// </summary>
    public static ValidationErrors Validate(int? page, int? pageSize, int maxPageSize, DateTimeOffset? from, DateTimeOffset? to) =>
        new ValidationErrors()
            .When(page < 1, "page", "Pages start at 1.")
            .When(page > 1 && (long)(page.Value - 1) * Math.Clamp(pageSize ?? maxPageSize, 1, maxPageSize) > int.MaxValue,
                "page", $"Too far: (page - 1) × pageSize must not exceed {int.MaxValue}.")
            .When(pageSize is < 1 || pageSize > maxPageSize, "pageSize", $"Between 1 and {maxPageSize}.")
            .When(from is not null && to is not null && from > to, "from", "Must not be after 'to'.");
}

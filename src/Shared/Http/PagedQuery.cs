namespace ComplianceHub.Shared.Http;

/// <summary>The checks every paged, time-filtered listing makes on its query string.</summary>
public static class PagedQuery
{
    public static ValidationErrors Validate(int? page, int? pageSize, int maxPageSize, DateTimeOffset? from, DateTimeOffset? to) =>
        new ValidationErrors()
            .When(page < 1, "page", "Pages start at 1.")
            .When(pageSize is < 1 || pageSize > maxPageSize, "pageSize", $"Between 1 and {maxPageSize}.")
            .When(from is not null && to is not null && from > to, "from", "Must not be after 'to'.");
}

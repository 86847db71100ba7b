using ComplianceHub.DataSubjectRequests.ReceiveRequest;

namespace ComplianceHub.DataSubjectRequests.FulfilmentSystems;

/// <summary>
/// The fulfilment system of the <see cref="ReceiveRequestExamples"/> story: the CRM, registered as a webhook (its secret
/// shown once, and obviously not a real one), then also asked to handle Portability requests (Art. 20).
/// </summary>
internal static class FulfilmentSystemExamples
{
    public static readonly Guid Id = Guid.Parse("9c2e4b71-5d3a-4f8e-b6c1-7a8d9e0f1b2c");
    private static readonly DateTimeOffset CreatedAt = new(2026, 1, 12, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset UpdatedAt = new(2026, 1, 14, 8, 0, 0, TimeSpan.Zero);
    private const string Address = "https://crm.example.eu/hooks/dsr";

    public static readonly FulfilmentSystemRequest Create = new()
    {
        Name = "CRM",
        RequestTypes = ["Access", "Erasure", "Rectification"],
        Delivery = "Webhook",
        Address = Address,
    };

    public static readonly FulfilmentSystemView Created = new(
        Id, ReceiveRequestExamples.OrganizationId, "CRM", ["Access", "Erasure", "Rectification"], "Webhook", Address, CreatedAt, CreatedAt,
        "whsec_RVhBTVBMRS1PTkxZLW5vdC1hLXJlYWwtc2VjcmV0LTAwMDA=");

    public static readonly FulfilmentSystemRequest Update = Create with { RequestTypes = ["Access", "Erasure", "Rectification", "Portability"] };

    public static readonly FulfilmentSystemView Updated = new(
        Id, ReceiveRequestExamples.OrganizationId, "CRM", ["Access", "Erasure", "Rectification", "Portability"], "Webhook", Address, CreatedAt, UpdatedAt);

    public static readonly List<FulfilmentSystemView> Page = [Updated];
}

namespace ComplianceHub.DataSubjectRequests.Domain;

internal static class RequestLimits
{
    public const int ChannelLength = 50;
    public const int NameLength = 200;
    public const int EmailLength = 254;
    public const int IdentifierLength = 200;
    public const int DescriptionLength = 4000;
    public const int ReasonLength = 2000;
    public const int MethodLength = 100;
    public const int OutcomeLength = 100;
    public const int EvidenceLength = 2000;
    public const int SystemNameLength = 200;
    public const int AddressLength = 500;
}

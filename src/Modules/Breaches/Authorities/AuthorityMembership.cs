using System.Text.Json.Serialization;

namespace ComplianceHub.Breaches.Authorities;

/// <summary>EU member state, or EEA EFTA state (Iceland, Liechtenstein, Norway) where the GDPR applies through the EEA Agreement.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AuthorityMembership>))]
public enum AuthorityMembership
{
    EU,
    EEA,
}

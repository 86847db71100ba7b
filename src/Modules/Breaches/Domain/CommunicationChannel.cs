namespace ComplianceHub.Breaches.Domain;

/// <summary>How the people affected were told (Art. 34(1)); <see cref="PublicCommunication"/> as in Art. 34(3)(c).</summary>
public enum CommunicationChannel
{
    Email = 1,
    Letter = 2,
    Sms = 3,
    Phone = 4,
    InApp = 5,
    Website = 6,
    PublicCommunication = 7,
    Other = 8,
}

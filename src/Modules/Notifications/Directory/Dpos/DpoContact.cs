using ComplianceHub.Notifications.Channels;
using ComplianceHub.Shared.MessageSecurity;

namespace ComplianceHub.Notifications.Directory.Dpos;

/// <summary>
/// A DPO's contact data in clear, for the channels. Read it here rather than from <see cref="Dpo"/>, whose contact
/// properties hold ciphertext; never log it.
/// </summary>
internal sealed record DpoContact(Guid DpoId, string Name, string Email, string? Phone, string? UserId)
{
    public static DpoContact Of(Dpo dpo, PersonalDataProtector personalData) =>
        new(
            dpo.Id,
            personalData.Unprotect(dpo.Name, dpo.Id, nameof(Dpo.Name)),
            personalData.Unprotect(dpo.Email, dpo.Id, nameof(Dpo.Email)),
            personalData.UnprotectOptional(dpo.Phone, dpo.Id, nameof(Dpo.Phone)),
            dpo.UserId);

    /// <summary>The recipient of a channel message.</summary>
    public ChannelRecipient ToRecipient() => new() { Id = DpoId, Name = Name, Email = Email, Phone = Phone, UserId = UserId };
}

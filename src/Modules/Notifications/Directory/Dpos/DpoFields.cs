namespace ComplianceHub.Notifications.Directory.Dpos;

/// <summary>A DPO request once validated: trimmed, parsed and de-duplicated, ready to store.</summary>
internal sealed record DpoFields(
    string Name,
    string Email,
    string? Phone,
    string? UserId,
    string TimeZone,
    List<WorkingPeriod> WorkingHours,
    List<DateOnly> Holidays,
    List<string> Countries,
    bool IsGroupDpo,
    Dictionary<string, List<string>> ChannelPreferences,
    Guid? DeputyId)
{
    public void ApplyTo(Dpo dpo)
    {
        dpo.UserId = UserId;
        dpo.TimeZone = TimeZone;
        dpo.WorkingHours = WorkingHours;
        dpo.Holidays = Holidays;
        dpo.Countries = Countries;
        dpo.IsGroupDpo = IsGroupDpo;
        dpo.ChannelPreferences = ChannelPreferences;
        dpo.DeputyId = DeputyId;
    }
}

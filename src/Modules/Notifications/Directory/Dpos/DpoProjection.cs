using System.Globalization;
using ComplianceHub.Shared.MessageSecurity;

namespace ComplianceHub.Notifications.Directory.Dpos;

internal static class DpoProjection
{
    public static DpoView Of(Dpo dpo, PersonalDataProtector personalData)
    {
        var contact = DpoContact.Of(dpo, personalData);
        return new DpoView
        {
            Id = dpo.Id,
            OrganizationId = dpo.OrganizationId,
            Name = contact.Name,
            Email = contact.Email,
            Phone = contact.Phone,
            UserId = dpo.UserId,
            TimeZone = dpo.TimeZone,
            WorkingHours = [.. dpo.WorkingHours.OrderBy(p => p.Day).ThenBy(p => p.Start).Select(p => new WorkingPeriodView(p.Day.ToString(), Time(p.Start), Time(p.End)))],
            Holidays = dpo.Holidays,
            Countries = dpo.Countries,
            IsGroupDpo = dpo.IsGroupDpo,
            ChannelPreferences = dpo.ChannelPreferences,
            DeputyId = dpo.DeputyId,
            CreatedAt = dpo.CreatedAt,
        };
    }

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}

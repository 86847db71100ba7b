namespace ComplianceHub.Notifications.Directory;

internal static class DirectoryRoles
{
    public static readonly string[] Writers = [Roles.Admin, Roles.Dpo];

    public static readonly string[] Readers = [Roles.Admin, Roles.Dpo, Roles.SecurityOfficer, Roles.ComplianceAnalyst, Roles.Auditor];
}

namespace ComplianceHub.Reporting.Registers;

/// <summary>The DPO keeps the records (Art. 39(1)); auditors read them (Art. 30(4): made available on request).</summary>
internal static class RegisterRoles
{
    public static readonly string[] Writers = [Roles.Admin, Roles.Dpo];

    public static readonly string[] Readers = [Roles.Admin, Roles.Dpo, Roles.Auditor];
}

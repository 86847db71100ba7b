namespace ComplianceHub.Shared.Database;

internal static class ProviderNames
{
    /// <summary>Maps EF Core's provider assembly name to our <see cref="DatabaseProvider"/> name.</summary>
    public static string FromEfProvider(string efProviderName) => efProviderName switch
    {
        "Microsoft.EntityFrameworkCore.Sqlite" => nameof(DatabaseProvider.Sqlite),
        "Npgsql.EntityFrameworkCore.PostgreSQL" => nameof(DatabaseProvider.PostgreSql),
        "Microsoft.EntityFrameworkCore.SqlServer" => nameof(DatabaseProvider.SqlServer),
        _ => throw new NotSupportedException($"Database provider '{efProviderName}' is not supported."),
    };
}

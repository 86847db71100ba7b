using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ComplianceHub.Security.Evaluation;

/// <summary>
/// The SQL of <see cref="HourlyRollupWriter"/>: table and column names from the model (quoted by the provider) and
/// parameters through the model's type mappings (SQLite keeps ids as text and instants as UTC ticks).
/// </summary>
internal sealed class RollupTable
{
    private readonly IEntityType _entity;
    private readonly string _table;
    private readonly string _organization;
    private readonly string _principal;
    private readonly string _hour;
    private readonly string _records;
    private readonly string _denied;
    private readonly string _revision;

    public RollupTable(SecurityDbContext db)
    {
        _entity = db.Model.FindEntityType(typeof(PrincipalHourlyReads))!;
        var sql = db.GetService<ISqlGenerationHelper>();
        var store = StoreObjectIdentifier.Table(_entity.GetTableName()!, _entity.GetSchema());
        string Column(string property) => sql.DelimitIdentifier(_entity.FindProperty(property)!.GetColumnName(store)!);
        _table = sql.DelimitIdentifier(store.Name, store.Schema);
        _organization = Column(nameof(PrincipalHourlyReads.OrganizationId));
        _principal = Column(nameof(PrincipalHourlyReads.Principal));
        _hour = Column(nameof(PrincipalHourlyReads.Hour));
        _records = Column(nameof(PrincipalHourlyReads.RecordsRead));
        _denied = Column(nameof(PrincipalHourlyReads.DeniedAttempts));
        _revision = Column(nameof(PrincipalHourlyReads.Revision));
    }

    private string Columns => $"{_organization}, {_principal}, {_hour}, {_records}, {_denied}, {_revision}";

    private string OnConflict =>
        $" ON CONFLICT ({_organization}, {_principal}, {_hour}) DO UPDATE SET {_records} = t.{_records} + excluded.{_records}, "
        + $"{_denied} = t.{_denied} + excluded.{_denied}, {_revision} = excluded.{_revision} WHERE t.{_revision} = excluded.{_revision} - 1";

    /// <summary>PostgreSQL: one statement whatever the batch size, five arrays.</summary>
    public string PostgreSqlUpsert() =>
        $"INSERT INTO {_table} AS t ({Columns}) SELECT @o, u.p, u.h, u.r, u.d, u.v FROM unnest(@p, @h, @r, @d, @v) AS u(p, h, r, d, v) ORDER BY u.p, u.h"
        + OnConflict;

    /// <summary>SQLite: INSERT … ON CONFLICT with one VALUES row per rollup row.</summary>
    public string ValuesUpsert(int rows) =>
        $"INSERT INTO {_table} AS t ({Columns}) VALUES {Values(rows, "@o, ")}" + OnConflict;

    /// <summary>SQL Server: MERGE under HOLDLOCK (two evaluations inserting one new row serialise instead of failing on the key).</summary>
    public string SqlServerMerge(int rows) =>
        $"MERGE {_table} WITH (HOLDLOCK) AS t USING (VALUES {Values(rows, "")}) AS s (p, h, r, d, v) "
        + $"ON t.{_organization} = @o AND t.{_principal} = s.p AND t.{_hour} = s.h "
        + $"WHEN MATCHED AND t.{_revision} = s.v - 1 THEN UPDATE SET {_records} = t.{_records} + s.r, {_denied} = t.{_denied} + s.d, {_revision} = s.v "
        + $"WHEN NOT MATCHED THEN INSERT ({Columns}) VALUES (@o, s.p, s.h, s.r, s.d, s.v);";

    public IEnumerable<DbParameter> RowParameters(SecurityDbContext db, int row, HourlyRollup rollup)
    {
        yield return Parameter(db, $"p{row}", rollup.Principal, nameof(PrincipalHourlyReads.Principal));
        yield return Parameter(db, $"h{row}", rollup.Hour, nameof(PrincipalHourlyReads.Hour));
        yield return Parameter(db, $"r{row}", rollup.AddedRecords, nameof(PrincipalHourlyReads.RecordsRead));
        yield return Parameter(db, $"d{row}", rollup.AddedDenied, nameof(PrincipalHourlyReads.DeniedAttempts));
        yield return Parameter(db, $"v{row}", rollup.NextRevision, nameof(PrincipalHourlyReads.Revision));
    }

    public DbParameter Parameter(SecurityDbContext db, string name, Guid organizationId) =>
        Parameter(db, name, organizationId, nameof(PrincipalHourlyReads.OrganizationId));

    /// <summary>An array parameter (PostgreSQL): the provider infers the array type from the element type.</summary>
    public DbParameter Array(SecurityDbContext db, string name, System.Array values)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = values;
        return parameter;
    }

    private DbParameter Parameter(SecurityDbContext db, string name, object value, string property)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        return _entity.FindProperty(property)!.GetRelationalTypeMapping().CreateParameter(command, name, value, nullable: false);
    }

    private static string Values(int rows, string prefix)
    {
        var text = new StringBuilder();
        for (var i = 0; i < rows; i++)
        {
            text.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"({prefix}@p{i}, @h{i}, @r{i}, @d{i}, @v{i})");
        }

        return text.ToString();
    }
}

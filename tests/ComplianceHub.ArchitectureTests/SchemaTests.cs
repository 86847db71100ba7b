namespace ComplianceHub.ArchitectureTests;

public sealed class SchemaTests
{
    /// <summary>The business and platform modules' assemblies: every context of the product.</summary>
    private static IReadOnlyList<System.Reflection.Assembly> WithContexts => [.. Solution.Modules, .. Solution.Platform];

    public static TheoryData<string, DatabaseProvider> ContextsAndProviders()
    {
        var data = new TheoryData<string, DatabaseProvider>();
        foreach (var context in SchemaRules.Contexts(WithContexts))
        {
            foreach (var provider in Enum.GetValues<DatabaseProvider>())
            {
                data.Add(context.FullName!, provider);
            }
        }

        return data;
    }

    [Fact]
    public void Every_module_has_one_context_naming_its_own_schema()
    {
        var contexts = SchemaRules.Contexts(Solution.Modules).ToList();

        Assert.Empty(SchemaRules.Named([.. contexts, .. SchemaRules.Contexts(Solution.Platform)]));
        Assert.Equal(Solution.Modules.Count, contexts.Count);
        Assert.All(Solution.Modules, m => Assert.Single(contexts, c => c.Assembly == m));
    }

    [Fact]
    public void The_rule_catches_unnamed_and_clashing_schemas()
    {
        var contexts = SchemaRules.Contexts([.. Solution.Modules, Solution.Fixtures]).ToList();

        Assert.Equal(["UnnamedDbContext declares no [ModuleSchema]", "schema notifications is claimed by NotificationsDbContext, ClashingDbContext"],
            SchemaRules.Named(contexts));
    }

    [Fact]
    public void No_two_modules_map_the_same_table_name() =>
        Assert.Empty(SchemaRules.UniqueTables(SchemaRules.Contexts(WithContexts)));

    [Fact]
    public void The_rule_catches_a_table_name_used_by_two_modules() =>
        Assert.Contains("table alerts is mapped by NotificationsDbContext, ClashingDbContext",
            SchemaRules.UniqueTables(SchemaRules.Contexts([.. Solution.Modules, Solution.Fixtures])));

    [Theory]
    [MemberData(nameof(ContextsAndProviders))]
    public void Each_provider_has_migrations_matching_the_model(string context, DatabaseProvider provider) =>
        Assert.Empty(SchemaRules.MigrationsMatchModel(WithContexts.Select(m => m.GetType(context)).OfType<Type>().Single(), provider));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void The_rule_catches_a_model_without_migrations(DatabaseProvider provider) =>
        Assert.Equal([$"ClashingDbContext has no {provider} migrations (scripts/add-migration.sh)"],
            SchemaRules.MigrationsMatchModel(typeof(ArchitectureFixtures.BadSchema.ClashingDbContext), provider));

    [Fact]
    public void The_SQL_Server_migration_script_creates_every_table_in_its_module_schema()
    {
        foreach (var type in SchemaRules.Contexts(WithContexts))
        {
            using var context = SchemaRules.Create(type, DatabaseProvider.SqlServer);
            var script = SchemaRules.Script(type, DatabaseProvider.SqlServer);

            Assert.Contains($"[{context.Schema}].[__ef_migrations]", script, StringComparison.Ordinal);
            foreach (var table in context.Model.GetEntityTypes().Select(e => e.GetTableName()))
            {
                Assert.Contains($"CREATE TABLE [{context.Schema}].[{table}]", script, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Migrations_of_one_provider_never_run_on_another()
    {
        var breaches = SchemaRules.Contexts(Solution.Modules).Single(c => c.Name == "BreachesDbContext");

        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            using var context = SchemaRules.Create(breaches, provider);
            var migrations = context.GetService<IMigrationsAssembly>();

            Assert.Equal(DatabaseRegistration.MigrationsAssemblyOf(provider), migrations.Assembly.GetName().Name);
            Assert.All(migrations.Migrations.Values, m => Assert.Equal(migrations.Assembly, m.Assembly));
            Assert.NotEmpty(migrations.Migrations);
        }
    }
}

namespace ComplianceHub.Shared.Tests.Configuration;

public sealed class ConfigurationValidationTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, v.Value))).Build();

    [Fact]
    public void When_nothing_is_configured_the_embedded_defaults_apply()
    {
        var messaging = Config().BindValidated<MessagingOptions>(MessagingOptions.Section);
        var database = Config().BindValidated<DatabaseOptions>(DatabaseOptions.Section, o => o.ConnectionString = "Data Source=x.db");

        Assert.Equal(MessagingTransport.InMemory, messaging.Transport);
        Assert.Equal(DatabaseProvider.Sqlite, database.Provider);
        Assert.True(database.ShouldMigrateOnStartup);
    }

    [Theory]
    [InlineData("Kafka")]
    [InlineData("7")]
    public void When_the_transport_is_unknown_the_error_names_the_key(string value)
    {
        var ex = Assert.Throws<InvalidConfigurationException>(() =>
            Config(("Messaging:Transport", value)).BindValidated<MessagingOptions>(MessagingOptions.Section));

        Assert.Contains(ex.Errors, e => e.Contains("Messaging:Transport", StringComparison.Ordinal));
    }

    [Fact]
    public void When_transport_names_differ_in_case_they_are_accepted()
    {
        var options = Config(("Messaging:Transport", "rabbitmq")).BindValidated<MessagingOptions>(MessagingOptions.Section);

        Assert.Equal(MessagingTransport.RabbitMq, options.Transport);
    }

    [Fact]
    public void When_RabbitMq_is_chosen_its_settings_are_checked()
    {
        var ex = Assert.Throws<InvalidConfigurationException>(() => Config(
            ("Messaging:Transport", "RabbitMq"), ("Messaging:RabbitMq:Host", " "), ("Messaging:RabbitMq:Port", "70000"))
            .BindValidated<MessagingOptions>(MessagingOptions.Section));

        Assert.Contains(ex.Errors, e => e.StartsWith("Messaging:RabbitMq:Host", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.StartsWith("Messaging:RabbitMq:Port", StringComparison.Ordinal));
    }

    [Fact]
    public void When_the_in_memory_transport_is_chosen_RabbitMq_settings_are_not_required()
    {
        var options = Config(("Messaging:RabbitMq:Host", "")).BindValidated<MessagingOptions>(MessagingOptions.Section);

        Assert.Equal(MessagingTransport.InMemory, options.Transport);
    }

    [Fact]
    public void When_TLS_is_on_and_no_port_is_set_the_AMQPS_port_is_used()
    {
        var options = Config(("Messaging:RabbitMq:UseTls", "true")).BindValidated<MessagingOptions>(MessagingOptions.Section);

        Assert.Equal(5671, options.RabbitMq.EffectivePort);
    }

    [Fact]
    public void When_a_number_cannot_be_read_the_error_names_the_key()
    {
        var ex = Assert.Throws<InvalidConfigurationException>(() =>
            Config(("Messaging:PrefetchCount", "many")).BindValidated<MessagingOptions>(MessagingOptions.Section));

        Assert.Contains("Messaging:PrefetchCount", ex.Errors.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void When_PostgreSql_has_no_connection_string_the_error_names_it()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection([KeyValuePair.Create<string, string?>("Database:Provider", "PostgreSql")]);

        var ex = Assert.Throws<InvalidConfigurationException>(() => builder.AddDatabase(new StorageOptions()));

        Assert.Contains(ex.Errors, e => e.StartsWith(DatabaseOptions.ConnectionStringKey, StringComparison.Ordinal));
    }

    [Fact]
    public void When_SQLite_has_no_connection_string_it_lives_in_the_data_directory()
    {
        var dataDirectory = Directory.CreateTempSubdirectory().FullName;
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());

        var options = builder.AddDatabase(new StorageOptions { DataDirectory = dataDirectory });

        Assert.Equal($"Data Source={Path.Combine(dataDirectory, "compliancehub.db")}", options.ConnectionString);
        Assert.True(options.ShouldMigrateOnStartup);
    }

    [Theory]
    [InlineData("PostgreSql")]
    [InlineData("SqlServer")]
    public void When_a_server_database_is_used_migrations_are_explicit_by_default(string provider)
    {
        var options = Config(("Database:Provider", provider))
            .BindValidated<DatabaseOptions>(DatabaseOptions.Section, o => o.ConnectionString = "Host=localhost");

        Assert.False(options.ShouldMigrateOnStartup);
    }

    [Fact]
    public void When_the_log_format_is_unknown_the_error_names_the_key()
    {
        var ex = Assert.Throws<InvalidConfigurationException>(() =>
            Config(("Logging:Format", "Xml")).BindValidated<LoggingOptions>(LoggingOptions.Section));

        Assert.Contains("Logging:Format", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a url", "true", "aud", "Security:Jwt:Authority")]
    [InlineData("http://login.example.org", "true", "aud", "Security:Jwt:Authority must use https")]
    [InlineData("http://login.example.org", "false", "aud", "Security:Jwt:RequireHttpsMetadata")]
    [InlineData("https://login.example.org", "true", null, "Security:Jwt:Audience")]
    public void When_bearer_tokens_are_configured_badly_the_error_names_the_key(string authority, string requireHttps, string? audience, string expected)
    {
        var ex = Assert.Throws<InvalidConfigurationException>(() => Config(
            ("Security:Jwt:Authority", authority), ("Security:Jwt:RequireHttpsMetadata", requireHttps), ("Security:Jwt:Audience", audience))
            .BindValidated<JwtOptions>(JwtOptions.Section));

        Assert.Contains(ex.Errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void When_no_issuer_is_configured_bearer_tokens_are_off_and_nothing_else_is_required()
    {
        var options = Config().BindValidated<JwtOptions>(JwtOptions.Section);

        Assert.False(options.Enabled);
    }

    [Theory]
    [InlineData("platform_admin", null, "Security:Jwt:PlatformClaim and Security:Jwt:PlatformClaimValue")]
    [InlineData(null, "true", "Security:Jwt:PlatformClaim and Security:Jwt:PlatformClaimValue")]
    [InlineData("org_id", "true", "Security:Jwt:PlatformClaim must be a claim of its own")]
    public void When_the_platform_claim_is_half_configured_the_error_names_the_key(string? claim, string? value, string expected)
    {
        var ex = Assert.Throws<InvalidConfigurationException>(() => Config(
            ("Security:Jwt:Authority", "https://login.example.org"), ("Security:Jwt:Audience", "aud"),
            ("Security:Jwt:PlatformClaim", claim), ("Security:Jwt:PlatformClaimValue", value))
            .BindValidated<JwtOptions>(JwtOptions.Section));

        Assert.Contains(ex.Errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void When_no_platform_claim_is_configured_no_token_is_a_platform_caller()
    {
        var options = Config(("Security:Jwt:Authority", "https://login.example.org"), ("Security:Jwt:Audience", "aud")).BindValidated<JwtOptions>(JwtOptions.Section);

        Assert.False(options.PlatformClaimEnabled);
    }

    [Theory]
    [InlineData("rabbit.internal", "guest", "guest", "true", "Messaging:RabbitMq:Username / Password")]
    [InlineData("rabbit.internal", "chub", "s3cret", "false", "Messaging:RabbitMq:UseTls")]
    [InlineData("10.0.0.7", "chub", "s3cret", "false", "Messaging:RabbitMq:UseTls")]
    public void When_a_remote_broker_is_reached_insecurely_the_host_refuses_and_names_the_key(string host, string user, string password, string tls, string expected)
    {
        var ex = Assert.Throws<InvalidConfigurationException>(() => Config(
            ("Messaging:Transport", "RabbitMq"), ("Messaging:RabbitMq:Host", host), ("Messaging:RabbitMq:Username", user),
            ("Messaging:RabbitMq:Password", password), ("Messaging:RabbitMq:UseTls", tls))
            .BindValidated<MessagingOptions>(MessagingOptions.Section));

        Assert.Contains(ex.Errors, e => e.StartsWith(expected, StringComparison.Ordinal) && e.Contains("Messaging:RabbitMq:AllowInsecure", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("localhost", "false", "guest", "false")]
    [InlineData("127.0.0.1", "false", "guest", "false")]
    [InlineData("::1", "false", "guest", "false")]
    [InlineData("rabbit.internal", "false", "guest", "true")]
    [InlineData("rabbit.internal", "true", "chub", "false")]
    public void When_the_broker_is_on_loopback_reached_over_TLS_with_own_credentials_or_insecurity_is_allowed_the_host_starts(
        string host, string tls, string user, string allowInsecure)
    {
        var options = Config(
            ("Messaging:Transport", "RabbitMq"), ("Messaging:RabbitMq:Host", host), ("Messaging:RabbitMq:UseTls", tls),
            ("Messaging:RabbitMq:Username", user), ("Messaging:RabbitMq:Password", user), ("Messaging:RabbitMq:AllowInsecure", allowInsecure))
            .BindValidated<MessagingOptions>(MessagingOptions.Section);

        Assert.Equal(host, options.RabbitMq.Host);
    }

    [Theory]
    [InlineData("Host=db.internal;Database=ch;Username=ch;Password=x")]
    [InlineData("Host=db.internal;Database=ch;SSL Mode=Prefer")]
    [InlineData("Host=db.internal;Database=ch;SSL Mode=Require")]
    [InlineData("Host=localhost,db.internal:5433;Database=ch;SSL Mode=Disable")]
    public void When_PostgreSql_is_remote_without_a_verified_TLS_connection_the_host_refuses_and_names_the_key(string connectionString)
    {
        var ex = Assert.Throws<InvalidConfigurationException>(() => Config(("Database:Provider", "PostgreSql"))
            .BindValidated<DatabaseOptions>(DatabaseOptions.Section, o => o.ConnectionString = connectionString));

        Assert.Contains(ex.Errors, e => e.StartsWith(DatabaseOptions.ConnectionStringKey, StringComparison.Ordinal) && e.Contains("Database:AllowInsecure", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Host=localhost;Database=ch", "false")]
    [InlineData("Host=127.0.0.1:5432;Database=ch", "false")]
    [InlineData("Host=/var/run/postgresql;Database=ch", "false")]
    [InlineData("Host=db.internal;Database=ch;SSL Mode=VerifyFull;Root Certificate=/ca.pem", "false")]
    [InlineData("Host=db.internal;Database=ch;SSL Mode=VerifyCA", "false")]
    [InlineData("Host=db.internal;Database=ch", "true")]
    public void When_PostgreSql_is_local_verified_or_insecurity_is_allowed_the_host_starts(string connectionString, string allowInsecure)
    {
        var options = Config(("Database:Provider", "PostgreSql"), ("Database:AllowInsecure", allowInsecure))
            .BindValidated<DatabaseOptions>(DatabaseOptions.Section, o => o.ConnectionString = connectionString);

        Assert.Equal(DatabaseProvider.PostgreSql, options.Provider);
    }

    [Theory]
    [InlineData("Messaging:Outbox:PollInterval", "60.00:00:00")]
    [InlineData("Messaging:Outbox:MetricsInterval", "00:00:00")]
    public void When_a_loop_interval_is_not_a_pause_Task_Delay_takes_the_host_refuses_to_start(string key, string value)
    {
        // Longer than about 49.7 days, every pause of the loop would throw instead of waiting.
        var ex = Assert.Throws<InvalidConfigurationException>(() => Config((key, value)).BindValidated<OutboxOptions>(OutboxOptions.Section));

        Assert.Contains(ex.Errors, e => e.Contains(key, StringComparison.Ordinal));
    }
}

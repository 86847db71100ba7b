using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ComplianceHub.Shared.Configuration;

public static class ValidatedOptionsExtensions
{
    /// <summary>
    /// Binds a section once, validates it and registers it as <see cref="IOptions{TOptions}"/>.
    /// Throws <see cref="InvalidConfigurationException"/> at registration, so an invalid setting stops the
    /// host before anything starts (fail fast), with every error naming its key.
    /// </summary>
    public static TOptions AddValidatedOptions<TOptions>(
        this IHostApplicationBuilder builder, string section, Action<TOptions>? complete = null)
        where TOptions : class, IValidatedOptions, new()
    {
        var options = builder.Configuration.BindValidated(section, complete);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(Options.Create(options));
        builder.Properties[typeof(TOptions)] = options;
        return options;
    }

    /// <summary>
    /// Options another registration added (<see cref="AddValidatedOptions{TOptions}"/>), for a module that needs their
    /// values while the host is being built (the storage directory, the log format).
    /// </summary>
    public static TOptions ValidatedOptions<TOptions>(this IHostApplicationBuilder builder)
        where TOptions : class, IValidatedOptions =>
        builder.Properties.TryGetValue(typeof(TOptions), out var options)
            ? (TOptions)options
            : throw new InvalidOperationException(
                $"{typeof(TOptions).Name} has not been added yet: create the builder with ComplianceHubHost.CreateBuilder before adding modules.");

    /// <param name="complete">Fills in what the section does not hold (defaults derived from other keys).</param>
    public static TOptions BindValidated<TOptions>(
        this IConfiguration configuration, string section, Action<TOptions>? complete = null)
        where TOptions : class, IValidatedOptions, new()
    {
        var options = new TOptions();
        try
        {
            configuration.GetSection(section).Bind(options, o => o.ErrorOnUnknownConfiguration = false);
        }
        catch (InvalidOperationException ex)
        {
            // The binder's message names the key ("Failed to convert configuration value at 'X:Y' ...").
            throw new InvalidConfigurationException([ex.Message]);
        }

        complete?.Invoke(options);
        var errors = options.Validate(section).ToList();
        return errors.Count == 0 ? options : throw new InvalidConfigurationException(errors);
    }
}

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
        return options;
    }

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

using GraduateFair.Runtime.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace GraduateFair.Runtime;

public static class GrainHostServiceCollectionExtensions
{
    /// <summary>
    /// Adds the grain host: <see cref="IGrainFactory"/>, idle collection, and deactivation of every
    /// grain (writing its state) when the application stops. Needs an <see cref="Storage.IBlobStore"/>.
    /// Binds <see cref="GrainHostOptions"/> to the <c>Grains</c> section when configured by the caller.
    /// </summary>
    public static GrainHostBuilder AddGrainHost(this IServiceCollection services, Action<GrainHostOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var registry = new GrainRegistry();
        services.AddOptions<GrainHostOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(registry);
        services.AddSingleton<GrainRuntime>();
        services.AddSingleton<IGrainFactory>(sp => sp.GetRequiredService<GrainRuntime>());
        services.AddSingleton<IGrainHost>(sp => new GrainHost(sp.GetRequiredService<GrainRuntime>()));
        services.AddHostedService<GrainHostLifetime>();
        return new GrainHostBuilder(services, registry);
    }
}

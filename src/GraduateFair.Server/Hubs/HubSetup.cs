using GraduateFair.Domain.Enumerations;
using GraduateFair.Grains.Events;
using Microsoft.AspNetCore.SignalR;

namespace GraduateFair.Server.Hubs;

public static class HubSetup
{
    /// <summary>
    /// The hub, its publisher (the grains' <see cref="IFairEvents"/> and <see cref="IGraduateNotifier"/>) and presence (their
    /// <see cref="IPresence"/>). Call before the grain services, whose defaults are only added
    /// when nothing else is.
    /// </summary>
    public static IServiceCollection AddFairHub(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(FairHubOptions.SectionName);
        services.Configure<FairHubOptions>(section);
        var options = section.Get<FairHubOptions>() ?? new FairHubOptions();

        services.AddSingleton<ConnectionPresence>();
        services.AddSingleton<IPresence>(sp => sp.GetRequiredService<ConnectionPresence>());
        services.AddHostedService(sp => sp.GetRequiredService<ConnectionPresence>());
        services.AddSingleton<HubEventPublisher>();
        services.AddSingleton<IFairEvents>(sp => sp.GetRequiredService<HubEventPublisher>());
        services.AddSingleton<IGraduateNotifier>(sp => sp.GetRequiredService<HubEventPublisher>());
        services.AddHostedService(sp => sp.GetRequiredService<HubEventPublisher>());
        services.AddSingleton<CallRateFilter>();

        services.AddSignalR(hub =>
            {
                hub.MaximumReceiveMessageSize = options.MaximumReceiveMessageSize;
                hub.AddFilter<CallRateFilter>();
            })
            .AddJsonProtocol(json => json.PayloadSerializerOptions.AddKebabCaseEnums());
        return services;
    }

    /// <summary>Maps <c>/hubs/fair</c>; stateful reconnect is allowed (the web client uses it).</summary>
    public static HubEndpointConventionBuilder MapFairHub(this IEndpointRouteBuilder routes) =>
        routes.MapHub<FairHub>(FairHub.Path, options => options.AllowStatefulReconnects = true);
}

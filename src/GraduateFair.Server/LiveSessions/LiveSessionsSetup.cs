using GraduateFair.Grains.LiveSessions;
using GraduateFair.Server.Applications;
using GraduateFair.Server.Hubs;

namespace GraduateFair.Server.LiveSessions;

public static class LiveSessionsSetup
{
    /// <summary>
    /// Options of the <c>Live</c> section and the hub's side of live
    /// sessions (the grains' <see cref="ILiveEvents"/>, the audience, the chat pace); the announcements
    /// are Quartz's (Scheduling). Call before
    /// the grain services, whose defaults are only added when nothing else is.
    /// </summary>
    public static IServiceCollection AddLiveSessions(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(LiveStreamingOptions.SectionName);
        services.Configure<LiveStreamingOptions>(section);
        services.Configure<LiveSessionOptions>(section);
        services.AddSingleton<LiveAudience>();
        services.AddSingleton<LiveChatPace>();
        services.AddSingleton<LiveEventPublisher>();
        services.AddSingleton<ILiveEvents>(sp => sp.GetRequiredService<LiveEventPublisher>());
        services.AddHostedService(sp => sp.GetRequiredService<LiveEventPublisher>());
        return services;
    }

    public static IEndpointRouteBuilder MapLiveSessions(this IEndpointRouteBuilder routes)
    {
        routes.MapLiveSessionsApi();
        routes.MapLiveCardsApi();
        routes.MapLiveIngestApi();
        routes.MapApplicationsApi();
        return routes;
    }
}

using GraduateFair.Grains.LiveSessions;
using GraduateFair.Server.Applications;

namespace GraduateFair.Server.LiveSessions;

public static class LiveSessionsSetup
{
    /// <summary>Options of the <c>Live</c> section and the announcement schedule.</summary>
    public static IServiceCollection AddLiveSessions(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(LiveStreamingOptions.SectionName);
        services.Configure<LiveStreamingOptions>(section);
        services.Configure<LiveSessionOptions>(section);
        services.AddSingleton<LiveAnnouncementTimers>();
        services.AddSingleton<ILiveAnnouncementSchedule>(sp => sp.GetRequiredService<LiveAnnouncementTimers>());
        services.AddHostedService(sp => sp.GetRequiredService<LiveAnnouncementTimers>());
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

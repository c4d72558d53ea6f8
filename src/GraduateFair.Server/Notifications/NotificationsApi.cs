using System.Security.Claims;
using GraduateFair.Grains.Cases;
using GraduateFair.Grains.Notifications;
using GraduateFair.Runtime;
using GraduateFair.Server.Accounts;
using GraduateFair.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraduateFair.Server.Notifications;

/// <summary>A graduate's notification list (fair reminders), newest first, with read marks.</summary>
public static class NotificationsApi
{
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder routes)
    {
        var notifications = routes.MapGroup("/api/me/notifications").WithTags("Notifications").RequireAuthorization(Roles.Graduate);
        notifications.MapGet("/", ListAsync);
        notifications.MapPost("/{notificationId}/read", MarkReadAsync);
        return routes;
    }

    private static async Task<Ok<List<NotificationResponse>>> ListAsync(ClaimsPrincipal user, IGrainFactory grains)
    {
        var graduateId = user.UserId();
        var list = await Shard(grains, graduateId).ListAsync(graduateId);
        return TypedResults.Ok(list.Select(NotificationResponse.From).ToList());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> MarkReadAsync(string notificationId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var graduateId = user.UserId();
        return await Shard(grains, graduateId).MarkReadAsync(graduateId, notificationId)
            ? TypedResults.NoContent()
            : Problems.NotFound("You have no notification with this id.");
    }

    private static INotificationShardGrain Shard(IGrainFactory grains, string graduateId) =>
        grains.GetGrain<INotificationShardGrain>(GraduateShards.For(graduateId));
}

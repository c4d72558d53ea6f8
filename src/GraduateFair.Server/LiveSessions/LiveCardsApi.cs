using System.Security.Claims;
using GraduateFair.Grains;
using GraduateFair.Grains.Applications;
using GraduateFair.Grains.Booths;
using GraduateFair.Grains.Graduates;
using GraduateFair.Grains.LiveSessions;
using GraduateFair.Runtime;
using GraduateFair.Server.Accounts;
using GraduateFair.Server.Applications;
using GraduateFair.Server.Booths;
using GraduateFair.Server.Infrastructure;
using GraduateFair.Server.Queues;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraduateFair.Server.LiveSessions;

/// <summary>
/// What a graduate watching a session does on a pinned job card: join the company's interview
/// queue (the usual join) or apply with their profile. Both count for the card's figures.
/// </summary>
public static class LiveCardsApi
{
    public static IEndpointRouteBuilder MapLiveCardsApi(this IEndpointRouteBuilder routes)
    {
        var card = routes.MapGroup("/api/live-sessions/{sessionId}/jobs/{jobId}").WithTags(LiveSessionsApi.Tag).RequireAuthorization(Roles.Graduate);
        card.MapPost("/queue", JoinAsync)
            .WithDescription("Joins the booth's interview queue from a job card pinned in the session; answers the place as POST /api/booths/{boothId}/queue does.");
        card.MapPost("/apply", ApplyAsync)
            .WithDescription("Applies to the job of a card pinned in the session with the graduate's profile: 201 the first time, 200 with the same application afterwards.");
        return routes;
    }

    private static async Task<Results<Ok<QueuePlaceResponse>, ProblemHttpResult>> JoinAsync(
        string sessionId, string jobId, ClaimsPrincipal user, IGrainFactory grains, QueueSetups setups, TimeProvider clock)
    {
        var (session, refusal) = await PinnedCardAsync(grains, sessionId, jobId);
        if (session is null)
        {
            return refusal!;
        }

        var setup = await setups.GetAsync(session.BoothId);
        if (setup is null)
        {
            return BoothAccess.NoSuchBooth();
        }

        var (result, limitReachedWith) = await QueueJoining.JoinAsync(grains, clock, setup, user.UserId(), user.Identity?.Name ?? "");
        if (result?.Outcome == Grains.Queues.JoinOutcome.Joined)
        {
            await grains.GetGrain<ILiveSessionGrain>(sessionId).RecordQueueJoinAsync(jobId);
        }

        return QueuesApi.Answer(result, limitReachedWith);
    }

    private static async Task<Results<Created<MyApplicationResponse>, Ok<MyApplicationResponse>, ProblemHttpResult>> ApplyAsync(
        string sessionId, string jobId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (session, refusal) = await PinnedCardAsync(grains, sessionId, jobId);
        if (session is null)
        {
            return refusal!;
        }

        var booth = await grains.GetGrain<IBoothGrain>(session.BoothId).GetAsync();
        if (booth?.Jobs.FirstOrDefault(j => j.JobId == jobId) is not { } job)
        {
            return Problems.NotFound("The booth has no job with this id.");
        }

        var graduateId = user.UserId();
        var profile = await grains.GetGrain<IGraduateGrain>(graduateId).GetProfileAsync();
        if (profile is null)
        {
            return Problems.Conflict("Profile needed", "Fill in your profile first: the company receives it with your application.");
        }

        // Resumes are not stored by the server yet; once they are, the graduate's current resume
        // id is recorded here so the company can open the resume the application was sent with.
        var applied = await grains.GetGrain<IJobApplicationsGrain>(booth.BoothId).ApplyAsync(
            new NewApplication(Ids.New("application"), job.JobId, job.Title, graduateId, profile, ResumeId: null, sessionId));
        if (!applied.Created)
        {
            return TypedResults.Ok(MyApplicationResponse.From(applied.Application));
        }

        await grains.GetGrain<ILiveSessionGrain>(sessionId).RecordApplicationAsync(jobId);
        return TypedResults.Created($"/api/booths/{booth.BoothId}/applications", MyApplicationResponse.From(applied.Application));
    }

    /// <summary>The session when the job was pinned in it at some time (a card may be taken down while a viewer acts on it).</summary>
    private static async Task<(LiveSessionInfo? Session, ProblemHttpResult? Refusal)> PinnedCardAsync(IGrainFactory grains, string sessionId, string jobId)
    {
        var (session, refusal) = await LiveSessionAccess.FindAsync(grains, sessionId);
        if (session is null)
        {
            return (null, refusal);
        }

        return await grains.GetGrain<ILiveSessionGrain>(sessionId).WasPinnedAsync(jobId)
            ? (session, null)
            : (null, Problems.NotFound("This job has not been pinned in this live session."));
    }
}

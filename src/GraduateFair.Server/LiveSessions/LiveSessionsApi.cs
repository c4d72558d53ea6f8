using System.Security.Claims;
using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.LiveSessions;
using GraduateFair.Domain.Validation;
using GraduateFair.Grains;
using GraduateFair.Grains.Booths;
using GraduateFair.Grains.Fairs;
using GraduateFair.Grains.LiveSessions;
using GraduateFair.Runtime;
using GraduateFair.Server.Accounts;
using GraduateFair.Server.Booths;
using GraduateFair.Server.Infrastructure;
using GraduateFair.Server.Scheduling;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace GraduateFair.Server.LiveSessions;

/// <summary>Live sessions (直播带岗): scheduling, the stream key, playback, job cards and figures.</summary>
public static class LiveSessionsApi
{
    public const string Tag = "Live sessions";

    public static IEndpointRouteBuilder MapLiveSessionsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/booths/{boothId}/live-sessions", CreateAsync).WithTags(Tag).RequireAuthorization(Roles.Employer)
            .WithDescription("Schedules a live session of the booth (its company's employers). Without externalHlsUrl the employer streams over RTMP with the session's secret key.");
        routes.MapGet("/api/booths/{boothId}/live-sessions", ListForBoothAsync).WithTags(Tag).RequireAuthorization();
        routes.MapGet("/api/fairs/{fairId}/live-sessions", ListForFairAsync).WithTags(Tag).RequireAuthorization();

        var session = routes.MapGroup("/api/live-sessions/{sessionId}").WithTags(Tag).RequireAuthorization();
        session.MapGet("/", GetAsync);
        session.MapPatch("/", RescheduleAsync).RequireAuthorization(Roles.Employer)
            .WithDescription("Moves a session that has not started to another start time ({startsAt}); its announcement follows the new time.");
        session.MapGet("/playback", GetPlaybackAsync);
        session.MapGet("/ingest", GetIngestAsync).RequireAuthorization(Roles.Employer)
            .WithDescription("The RTMP server URL and the secret stream key, for the session's company's employers only.");
        session.MapPost("/rotate-key", RotateKeyAsync).RequireAuthorization(Roles.Employer);
        session.MapPost("/start", (string sessionId, ClaimsPrincipal user, IGrainFactory grains, IOptions<LiveStreamingOptions> options) =>
                ChangeAsync(sessionId, user, grains, options.Value, session => session.StartAsync()))
            .RequireAuthorization(Roles.Employer)
            .WithDescription("Starts a session whose stream is produced elsewhere (external HLS URL); an RTMP session goes live when its stream starts.");
        session.MapPost("/end", (string sessionId, ClaimsPrincipal user, IGrainFactory grains, IOptions<LiveStreamingOptions> options) =>
                ChangeAsync(sessionId, user, grains, options.Value, session => session.EndAsync()))
            .RequireAuthorization(Roles.Employer);
        session.MapPut("/pins/{jobId}", PinAsync).RequireAuthorization(Roles.Employer)
            .WithDescription("Pins a card of one of the booth's jobs for the viewers (at most 10 at once).");
        session.MapDelete("/pins/{jobId}", (string sessionId, string jobId, ClaimsPrincipal user, IGrainFactory grains, IOptions<LiveStreamingOptions> options) =>
                ChangeAsync(sessionId, user, grains, options.Value, session => session.UnpinAsync(jobId)))
            .RequireAuthorization(Roles.Employer);
        session.MapGet("/stats", GetStatsAsync)
            .WithDescription("Peak and total viewers, chat messages, and queue joins and applications per pinned job: for the company's employers and organisers.");
        return routes;
    }

    private static async Task<Results<Created<LiveSessionResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        string boothId, CreateLiveSessionRequest body, ClaimsPrincipal user, IGrainFactory grains, TimeProvider clock,
        IOptions<LiveStreamingOptions> options, LiveAnnouncementSchedule announcements)
    {
        var errors = new ValidationErrors().Add("title", TextRules.Required(body.Title, "Title", TextRules.TitleMaxLength));
        var startsAt = errors.Time("startsAt", body.StartsAt);
        if (startsAt is { } start)
        {
            errors.Add("startsAt", LiveSessionRules.StartsAt(start, clock.GetUtcNow()));
        }

        var externalUrl = TextRules.Normalize(body.ExternalHlsUrl);
        errors.Add("externalHlsUrl", LiveSessionRules.ExternalHlsUrl(externalUrl));
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (booth, refusal) = await BoothAccess.ForEmployerAsync(grains, boothId, user.UserId());
        if (refusal is not null)
        {
            return refusal;
        }

        var fair = await grains.GetGrain<IFairGrain>(booth!.FairId).GetAsync();
        if (fair is null || fair.Status == FairStatus.Closed)
        {
            return Problems.Conflict("The fair is closed: no more live sessions can be scheduled in it.");
        }

        var sessionId = Ids.New("live");
        var session = await grains.GetGrain<ILiveSessionGrain>(sessionId).CreateAsync(new NewLiveSession(
            booth.BoothId, booth.FairId, booth.CompanyId, booth.CompanyName, body.Title!.Trim(), startsAt!.Value, externalUrl, user.UserId()));
        await announcements.SyncAsync(session);
        return TypedResults.Created($"/api/live-sessions/{sessionId}", session.ToResponse(options.Value));
    }

    private static async Task<Results<Ok<LiveSessionResponse>, ValidationProblem, ProblemHttpResult>> RescheduleAsync(
        string sessionId, RescheduleLiveSessionRequest body, ClaimsPrincipal user, IGrainFactory grains, TimeProvider clock,
        IOptions<LiveStreamingOptions> options, LiveAnnouncementSchedule announcements)
    {
        var errors = new ValidationErrors();
        var startsAt = errors.Time("startsAt", body.StartsAt);
        if (startsAt is { } start)
        {
            errors.Add("startsAt", LiveSessionRules.StartsAt(start, clock.GetUtcNow()));
        }

        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (session, refusal) = await LiveSessionAccess.ForHostAsync(grains, sessionId, user);
        if (session is null)
        {
            return refusal!;
        }

        var change = await grains.GetGrain<ILiveSessionGrain>(sessionId).RescheduleAsync(startsAt!.Value);
        if (change.Kind == LiveChangeKind.Changed)
        {
            await announcements.SyncAsync(change.Session!);
        }

        return change.Kind switch
        {
            LiveChangeKind.Missing => LiveSessionAccess.NoSuchSession(),
            LiveChangeKind.Conflict => Problems.Conflict(change.Message!),
            _ => TypedResults.Ok(change.Session!.ToResponse(options.Value)),
        };
    }

    private static async Task<Results<Ok<List<LiveSessionListItem>>, ProblemHttpResult>> ListForBoothAsync(string boothId, IGrainFactory grains)
    {
        var booth = await grains.GetGrain<IBoothGrain>(boothId).GetAsync();
        if (booth is null)
        {
            return BoothAccess.NoSuchBooth();
        }

        var sessions = await grains.GetGrain<ILiveSessionDirectoryGrain>(booth.FairId).ListAsync();
        return TypedResults.Ok(sessions.Where(s => s.BoothId == boothId).Select(LiveSessionListItem.From).ToList());
    }

    private static async Task<Results<Ok<List<LiveSessionListItem>>, ProblemHttpResult>> ListForFairAsync(string fairId, IGrainFactory grains)
    {
        if (await grains.GetGrain<IFairGrain>(fairId).GetAsync() is null)
        {
            return Problems.NotFound("There is no fair with this id.");
        }

        var sessions = await grains.GetGrain<ILiveSessionDirectoryGrain>(fairId).ListAsync();
        return TypedResults.Ok(sessions.Select(LiveSessionListItem.From).ToList());
    }

    private static async Task<Results<Ok<LiveSessionResponse>, ProblemHttpResult>> GetAsync(string sessionId, IGrainFactory grains, IOptions<LiveStreamingOptions> options)
    {
        var (session, refusal) = await LiveSessionAccess.FindAsync(grains, sessionId);
        return session is null ? refusal! : TypedResults.Ok(session.ToResponse(options.Value));
    }

    private static async Task<Results<Ok<PlaybackResponse>, ProblemHttpResult>> GetPlaybackAsync(string sessionId, IGrainFactory grains, IOptions<LiveStreamingOptions> options)
    {
        var (session, refusal) = await LiveSessionAccess.FindAsync(grains, sessionId);
        if (session is null)
        {
            return refusal!;
        }

        var url = session.PlaybackUrl(options.Value);
        return TypedResults.Ok(new PlaybackResponse(session.SessionId, session.Status, url, url is null ? LiveStreamingOptions.NotConfiguredMessage : null));
    }

    private static async Task<Results<Ok<IngestResponse>, ProblemHttpResult>> GetIngestAsync(string sessionId, ClaimsPrincipal user, IGrainFactory grains, IOptions<LiveStreamingOptions> options)
    {
        var (session, refusal) = await LiveSessionAccess.ForHostAsync(grains, sessionId, user);
        if (session is null)
        {
            return refusal!;
        }

        var key = await grains.GetGrain<ILiveSessionGrain>(sessionId).GetStreamKeyAsync();
        if (key is null)
        {
            return Problems.Conflict("This session shows a stream produced elsewhere (its external HLS URL): it has no stream key.");
        }

        var configured = options.Value.IngestConfigured;
        return TypedResults.Ok(new IngestResponse(session.SessionId, configured, configured ? options.Value.RtmpIngestUrl : null, key, configured ? null : LiveStreamingOptions.NotConfiguredMessage));
    }

    private static async Task<Results<Ok<IngestResponse>, ProblemHttpResult>> RotateKeyAsync(string sessionId, ClaimsPrincipal user, IGrainFactory grains, IOptions<LiveStreamingOptions> options)
    {
        var (session, refusal) = await LiveSessionAccess.ForHostAsync(grains, sessionId, user);
        if (session is null)
        {
            return refusal!;
        }

        var change = await grains.GetGrain<ILiveSessionGrain>(sessionId).RotateKeyAsync();
        if (change.Kind == LiveChangeKind.Conflict)
        {
            return Problems.Conflict(change.Message!);
        }

        return await GetIngestAsync(sessionId, user, grains, options);
    }

    private static async Task<Results<Ok<LiveSessionResponse>, ProblemHttpResult>> PinAsync(
        string sessionId, string jobId, ClaimsPrincipal user, IGrainFactory grains, IOptions<LiveStreamingOptions> options)
    {
        var (session, refusal) = await LiveSessionAccess.ForHostAsync(grains, sessionId, user);
        if (session is null)
        {
            return refusal!;
        }

        var booth = await grains.GetGrain<IBoothGrain>(session.BoothId).GetAsync();
        if (booth?.Jobs.FirstOrDefault(j => j.JobId == jobId) is not { } job)
        {
            return Problems.NotFound("The booth has no job with this id.");
        }

        return Answer(await grains.GetGrain<ILiveSessionGrain>(sessionId).PinAsync(job), options.Value);
    }

    private static async Task<Results<Ok<LiveSessionResponse>, ProblemHttpResult>> ChangeAsync(
        string sessionId, ClaimsPrincipal user, IGrainFactory grains, LiveStreamingOptions options, Func<ILiveSessionGrain, Task<LiveChange>> change)
    {
        var (session, refusal) = await LiveSessionAccess.ForHostAsync(grains, sessionId, user);
        return session is null ? refusal! : Answer(await change(grains.GetGrain<ILiveSessionGrain>(sessionId)), options);
    }

    private static async Task<Results<Ok<LiveStatsResponse>, ProblemHttpResult>> GetStatsAsync(string sessionId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (session, refusal) = await LiveSessionAccess.ForHostAsync(grains, sessionId, user, organisersToo: true);
        if (session is null)
        {
            return refusal!;
        }

        var stats = await grains.GetGrain<ILiveSessionGrain>(sessionId).GetStatsAsync();
        return stats is null ? LiveSessionAccess.NoSuchSession() : TypedResults.Ok(LiveStatsResponse.From(stats, session.Status));
    }

    private static Results<Ok<LiveSessionResponse>, ProblemHttpResult> Answer(LiveChange change, LiveStreamingOptions options) => change.Kind switch
    {
        LiveChangeKind.Missing => LiveSessionAccess.NoSuchSession(),
        LiveChangeKind.Conflict => Problems.Conflict(change.Message!),
        _ => TypedResults.Ok(change.Session!.ToResponse(options)),
    };
}

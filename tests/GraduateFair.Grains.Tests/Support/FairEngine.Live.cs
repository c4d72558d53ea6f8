using GraduateFair.Domain.Graduates;
using GraduateFair.Grains.Booths;
using GraduateFair.Grains.LiveSessions;

namespace GraduateFair.Grains.Tests.Support;

/// <summary>Live sessions, as the HTTP layer schedules them.</summary>
internal sealed partial class FairEngine
{
    public ILiveSessionGrain Live(string sessionId) => Grain<ILiveSessionGrain>(sessionId);

    /// <summary>A session of the booth starting in an hour; RTMP unless <paramref name="externalHlsUrl"/> is given.</summary>
    public async Task<string> ScheduleLiveSessionAsync(TestBooth booth, string? externalHlsUrl = null, TimeSpan? startsIn = null)
    {
        ArgumentNullException.ThrowIfNull(booth);
        var sessionId = Ids.New("live");
        await Live(sessionId).CreateAsync(new NewLiveSession(
            booth.BoothId, booth.FairId, booth.CompanyId, booth.CompanyName, "Campus hiring live", Clock.GetUtcNow() + (startsIn ?? TimeSpan.FromHours(1)), externalHlsUrl, booth.Employer));
        return sessionId;
    }

    /// <summary>Publishes with the session's key as nginx would ask; expects it accepted.</summary>
    public async Task<PublishResult> GoLiveAsync(string sessionId, string publisherId = "127.0.0.1#1")
    {
        var after = Events.Count;
        var key = await Live(sessionId).GetStreamKeyAsync() ?? throw new InvalidOperationException($"{sessionId} has no stream key.");
        var result = await Live(sessionId).PublishAsync(key, publisherId);
        if (result.Outcome == PublishOutcome.WentLive)
        {
            await Events.WaitForAsync<LiveStatusRecord>($"{sessionId} to go live", e => e.Notice.SessionId == sessionId, after);
        }

        return result;
    }

    public async Task<JobInfo> PostJobAsync(TestBooth booth, string title = "Optical engineer")
    {
        ArgumentNullException.ThrowIfNull(booth);
        var job = await Grain<IBoothGrain>(booth.BoothId).AddJobAsync(Ids.New("job"), new NewJob(title, Discipline.Engineering, Degree.Bachelor, "Wuhan", 2, 8000, 12000, null));
        return job ?? throw new InvalidOperationException($"No booth {booth.BoothId}.");
    }
}

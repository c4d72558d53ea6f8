using GraduateFair.Grains.Resumes;
using GraduateFair.Runtime.Testing;

namespace GraduateFair.Grains.Tests.Resumes;

public sealed class ResumeGrainTests : IAsyncLifetime
{
    private TestCluster _cluster = null!;

    public Task InitializeAsync()
    {
        _cluster = TestCluster.Start(grains => grains.AddGraduateFairGrains(), services => services.AddGraduateFairGrainServices(), options: options => options.UseGraduateFairSerialization());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task ReplacingReturnsThePreviousResumeAndARepeatOfTheSameUploadReplacesNothing()
    {
        var grain = _cluster.GetGrain<IResumeGrain>("u_replace");
        var first = File("rs_1");
        var second = File("rs_2");

        var beforeAny = await grain.ReplaceAsync(first);
        var replaced = await grain.ReplaceAsync(second);
        var repeated = await grain.ReplaceAsync(second);

        Assert.Null(beforeAny);
        Assert.Equal(first, replaced);
        Assert.Null(repeated);
        Assert.Equal(second, await grain.GetAsync());
    }

    [Fact]
    public async Task AReadWithoutAResumeRecordsNothing()
    {
        var grain = _cluster.GetGrain<IResumeGrain>("u_none");

        var read = await grain.RecordAccessAsync(new ResumeViewer("u_employer", "Recruiter", "co_1", "Company"));

        Assert.Null(read);
        Assert.Empty(await grain.GetAccessLogAsync());
    }

    [Fact]
    public async Task TheAccessLogKeepsTheLatestThousandReadsNewestFirstAcrossRestarts()
    {
        var grain = _cluster.GetGrain<IResumeGrain>("u_popular");
        await grain.ReplaceAsync(File("rs_1"));
        for (var i = 0; i < ResumeGrain.MaxAccessLogEntries + 5; i++)
        {
            await grain.RecordAccessAsync(new ResumeViewer($"u_employer{i}", $"Recruiter {i}", "co_1", "Company"));
            _cluster.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        await using var restarted = await _cluster.RestartAsync(graceful: false);
        var log = await restarted.GetGrain<IResumeGrain>("u_popular").GetAccessLogAsync();

        Assert.Equal(ResumeGrain.MaxAccessLogEntries, log.Count);
        Assert.Equal($"u_employer{ResumeGrain.MaxAccessLogEntries + 4}", log[0].EmployerId);
        Assert.Equal("u_employer5", log[^1].EmployerId);
        Assert.Equal("rs_1", log[0].ResumeId);
        Assert.Equal(TimeSpan.FromSeconds(1), log[0].At - log[1].At);
    }

    private ResumeFile File(string resumeId) => new(resumeId, $"resumes/u/{resumeId}.pdf", $"{resumeId}.pdf", 1234, _cluster.Clock.GetUtcNow());
}

using System.Text.Json;
using GraduateFair.Domain.Queues;

namespace GraduateFair.Domain.Tests.Queues;

public sealed class WaitEstimateTests
{
    [Fact]
    public void BeforeAnyInterviewFinishesEachPlaceCountsTenMinutes()
    {
        Assert.Equal(new WaitEstimate(3, 1800, "about 30 minutes"), WaitEstimate.For(3, InterviewLengthWindow.Empty, 1));
    }

    [Fact]
    public void TheMeanOfTheFinishedInterviewsIsUsed()
    {
        var window = InterviewLengthWindow.Empty.Add(TimeSpan.FromMinutes(4)).Add(TimeSpan.FromMinutes(8));

        Assert.Equal(new WaitEstimate(2, 720, "about 12 minutes"), WaitEstimate.For(2, window, 1));
    }

    [Fact]
    public void SeveralEmployersShareTheWait()
    {
        Assert.Equal(new WaitEstimate(4, 800, "about 13 minutes"), WaitEstimate.For(4, InterviewLengthWindow.Empty, 3));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void NoEmployerTakingInterviewsCountsAsOne(int employers)
    {
        Assert.Equal(600, WaitEstimate.EtaSecondsFor(1, TimeSpan.FromMinutes(10), employers));
    }

    [Fact]
    public void EtaIsRoundedToWholeSecondsHalfAwayFromZero()
    {
        Assert.Equal(2, WaitEstimate.EtaSecondsFor(1, TimeSpan.FromSeconds(1.5), 1));
        Assert.Equal(1, WaitEstimate.EtaSecondsFor(1, TimeSpan.FromSeconds(1.4999), 1));
        Assert.Equal(333, WaitEstimate.EtaSecondsFor(1, TimeSpan.FromSeconds(1000), 3));
        Assert.Equal(667, WaitEstimate.EtaSecondsFor(2, TimeSpan.FromSeconds(1000), 3));
    }

    [Fact]
    public void AHugeEtaIsCapped()
    {
        Assert.Equal(int.MaxValue, WaitEstimate.EtaSecondsFor(int.MaxValue, TimeSpan.FromHours(1), 1));
    }

    [Fact]
    public void OnlyTheLastTenInterviewsCount()
    {
        var window = InterviewLengthWindow.Empty;
        window = window.Add(TimeSpan.FromMinutes(100));
        for (var i = 0; i < 10; i++)
        {
            window = window.Add(TimeSpan.FromMinutes(5));
        }

        Assert.Equal(10, window.Durations.Count);
        Assert.Equal(TimeSpan.FromMinutes(5), window.Mean);
    }

    [Fact]
    public void AddingLeavesTheOriginalWindowUnchanged()
    {
        var window = InterviewLengthWindow.Empty.Add(TimeSpan.FromMinutes(3));

        window.Add(TimeSpan.FromMinutes(9));

        Assert.Equal([TimeSpan.FromMinutes(3)], window.Durations);
        Assert.Empty(InterviewLengthWindow.Empty.Durations);
    }

    [Fact]
    public void AWindowBuiltFromMoreThanTenDurationsKeepsTheLatest()
    {
        var window = new InterviewLengthWindow(Enumerable.Range(1, 12).Select(m => TimeSpan.FromMinutes(m)).ToList());

        Assert.Equal(Enumerable.Range(3, 10).Select(m => TimeSpan.FromMinutes(m)), window.Durations);
    }

    [Fact]
    public void ANegativeDurationIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => InterviewLengthWindow.Empty.Add(TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    public void WindowsWithTheSameDurationsAreEqual()
    {
        var a = InterviewLengthWindow.Empty.Add(TimeSpan.FromMinutes(3)).Add(TimeSpan.FromMinutes(4));
        var b = new InterviewLengthWindow([TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(4)]);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new InterviewLengthWindow([TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(3)]));
    }

    [Fact]
    public void AWindowSurvivesJson()
    {
        var window = InterviewLengthWindow.Empty.Add(TimeSpan.FromMinutes(3)).Add(TimeSpan.FromSeconds(90));
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        var json = JsonSerializer.Serialize(window, options);

        Assert.Equal("""{"durations":["00:03:00","00:01:30"]}""", json);
        Assert.Equal(window, JsonSerializer.Deserialize<InterviewLengthWindow>(json, options));
    }
}

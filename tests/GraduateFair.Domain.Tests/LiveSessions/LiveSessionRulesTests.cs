using GraduateFair.Domain.LiveSessions;

namespace GraduateFair.Domain.Tests.LiveSessions;

public sealed class LiveSessionRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData(0)]
    [InlineData(-4)]
    [InlineData(60 * 24 * 365)]
    public void StartWithinAFewMinutesAgoAndAYearAheadIsAccepted(int minutesFromNow) =>
        Assert.Null(LiveSessionRules.StartsAt(Now.AddMinutes(minutesFromNow), Now));

    [Fact]
    public void StartInThePastIsRefused() =>
        Assert.Equal("Starts at must not be in the past.", LiveSessionRules.StartsAt(Now.AddMinutes(-6), Now));

    [Fact]
    public void StartMoreThanAYearAheadIsRefused() =>
        Assert.Equal("Starts at must be within a year from now.", LiveSessionRules.StartsAt(Now.AddDays(367), Now));

    [Theory]
    [InlineData(null)]
    [InlineData("https://cdn.example.org/live/stream.m3u8")]
    [InlineData("http://127.0.0.1:8088/hls/x/index.m3u8")]
    public void AbsoluteHttpUrlOrNoneIsAnAcceptableExternalStream(string? url) =>
        Assert.Null(LiveSessionRules.ExternalHlsUrl(url));

    [Theory]
    [InlineData("/hls/stream.m3u8")]
    [InlineData("rtmp://cdn.example.org/live/x")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    public void OtherUrlsAreRefusedAsExternalStreams(string url) =>
        Assert.Equal("External HLS URL must be an absolute http or https URL (the stream's .m3u8 playlist).", LiveSessionRules.ExternalHlsUrl(url));

    [Fact]
    public void OverlongExternalUrlIsRefused() =>
        Assert.Equal("External HLS URL must be at most 2000 characters.", LiveSessionRules.ExternalHlsUrl("https://example.org/" + new string('a', 2000)));
}

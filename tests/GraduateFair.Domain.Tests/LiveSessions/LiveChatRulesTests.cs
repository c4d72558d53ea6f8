using GraduateFair.Domain.LiveSessions;

namespace GraduateFair.Domain.Tests.LiveSessions;

public sealed class LiveChatRulesTests
{
    private static readonly string[] Banned = ["代考", "VX", "刷单"];

    [Theory]
    [InlineData("请问实习期多长？")]
    [InlineData("Is there a graduate programme in Wuhan?")]
    public void OrdinaryMessageIsAccepted(string text) => Assert.Null(LiveChatRules.Check(text, Banned));

    [Fact]
    public void MessageOfThreeHundredCharactersIsAcceptedAndOneMoreIsNot()
    {
        Assert.Null(LiveChatRules.Check(new string('好', 300), Banned));
        Assert.Equal("A chat message may be at most 300 characters; this one is 301.", LiveChatRules.Check(new string('好', 301), Banned));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void EmptyMessageIsRefused(string? text) => Assert.Equal("A chat message needs some text.", LiveChatRules.Check(text, Banned));

    [Fact]
    public void MessageWithAControlCharacterIsRefused() =>
        Assert.Equal("A chat message is a single line without control characters.", LiveChatRules.Check("line one\nline two", Banned));

    [Theory]
    [InlineData("专业代考，加我")]
    [InlineData("代 考 请私信")]
    [InlineData("加ｖｘ聊")]
    [InlineData("add my vx")]
    [InlineData("Vx: abc")]
    public void MessageWithABannedTermIsRefusedHoweverItIsWritten(string text) =>
        Assert.Equal("That message contains a word that is not allowed.", LiveChatRules.Check(text, Banned));

    [Fact]
    public void BlankBannedTermBansNothing() => Assert.Null(LiveChatRules.Check("hello", [" ", ""]));
}

using GraduateFair.Domain.Graduates;
using GraduateFair.Domain.Matching;

namespace GraduateFair.Domain.Tests.Matching;

public sealed class MatchReasonTextTests
{
    [Fact]
    public void AllThreeCriteriaReadAsOneSentence()
    {
        var match = new JobMatch("j1", [MatchCriterion.Discipline, MatchCriterion.Degree, MatchCriterion.City], Discipline.Engineering, Degree.Bachelor, "Wuhan");

        Assert.Equal("matches your discipline (engineering), degree (bachelor) and city (Wuhan)", MatchReasonText.For(match));
    }

    [Fact]
    public void TwoCriteriaAreJoinedWithAnd()
    {
        var match = new JobMatch("j1", [MatchCriterion.Discipline, MatchCriterion.City], Discipline.Military, Degree.Associate, " 武汉 ");

        Assert.Equal("matches your discipline (military) and city (武汉)", MatchReasonText.For(match));
    }

    [Fact]
    public void DisciplineAloneStandsAlone()
    {
        var match = new JobMatch("j1", [MatchCriterion.Discipline], Discipline.Art, Degree.Doctor, "Xi'an");

        Assert.Equal("matches your discipline (art)", MatchReasonText.For(match));
    }
}

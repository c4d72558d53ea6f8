using GraduateFair.Domain.Graduates;
using GraduateFair.Domain.Matching;

namespace GraduateFair.Domain.Tests.Matching;

public sealed class JobIndexTests
{
    private static readonly HashSet<string> NonePushed = [];

    private static readonly MatchProfile Bachelor = new("g1", Discipline.Engineering, Degree.Bachelor, "Wuhan", InPriorityGroup: false);

    [Fact]
    public void DegreeRanksBeforeCityAndLowerDegreesComeLast()
    {
        var index = new JobIndex(
        [
            Job("a-associate-wuhan", Degree.Associate, "Wuhan"),
            Job("b-bachelor-beijing", Degree.Bachelor, "Beijing"),
            Job("c-associate-beijing", Degree.Associate, "Beijing"),
            Job("d-bachelor-wuhan", Degree.Bachelor, "Wuhan"),
        ]);

        var picks = index.Pick(Bachelor, NonePushed, count: 4);

        Assert.Equal(["d-bachelor-wuhan", "b-bachelor-beijing", "a-associate-wuhan", "c-associate-beijing"], picks.Select(p => p.JobId));
        Assert.Equal(
            [
                [MatchCriterion.Discipline, MatchCriterion.Degree, MatchCriterion.City],
                [MatchCriterion.Discipline, MatchCriterion.Degree],
                [MatchCriterion.Discipline, MatchCriterion.City],
                [MatchCriterion.Discipline],
            ],
            picks.Select(p => p.Matched));
    }

    [Fact]
    public void APickCarriesTheJobsValues()
    {
        var index = new JobIndex([Job("j1", Degree.Bachelor, " wuhan ")]);

        Assert.Equal(
            [new JobMatch("j1", [MatchCriterion.Discipline, MatchCriterion.Degree, MatchCriterion.City], Discipline.Engineering, Degree.Bachelor, " wuhan ")],
            index.Pick(Bachelor, NonePushed));
    }

    [Fact]
    public void OtherDisciplinesHigherDegreesAndFilledJobsAreNeverPicked()
    {
        var index = new JobIndex(
        [
            Job("law", Degree.Bachelor, "Wuhan", Discipline.Law),
            Job("master", Degree.Master, "Wuhan"),
            Job("doctor", Degree.Doctor, "Wuhan"),
            Job("filled", Degree.Bachelor, "Wuhan", openings: 0),
        ]);

        Assert.Empty(index.Pick(Bachelor, NonePushed, count: 10));
        Assert.Equal(3, index.Count);
    }

    [Fact]
    public void AlreadyPushedJobsAreSkipped()
    {
        var index = new JobIndex([Job("j1", Degree.Bachelor, "Wuhan"), Job("j2", Degree.Bachelor, "Wuhan"), Job("j3", Degree.Bachelor, "Wuhan")]);

        var picks = index.Pick(Bachelor, new HashSet<string> { "j1", "j3" });

        Assert.Equal(["j2"], picks.Select(p => p.JobId));
    }

    [Fact]
    public void PriorityGraduatesGetFiveAndOthersThree()
    {
        var index = new JobIndex(Enumerable.Range(1, 9).Select(i => Job($"j{i}", Degree.Bachelor, "Wuhan")));

        Assert.Equal(3, index.Pick(Bachelor, NonePushed).Count);
        Assert.Equal(5, index.Pick(Bachelor with { InPriorityGroup = true }, NonePushed).Count);
    }

    [Fact]
    public void FewerMatchingJobsGiveFewerPicks()
    {
        var index = new JobIndex([Job("j1", Degree.Associate, "Shenzhen"), Job("j2", Degree.Bachelor, "Wuhan")]);

        Assert.Equal(2, index.Pick(Bachelor with { InPriorityGroup = true }, NonePushed).Count);
        Assert.Empty(index.Pick(Bachelor with { Discipline = Discipline.Medicine }, NonePushed));
        Assert.Empty(new JobIndex([]).Pick(Bachelor, NonePushed));
    }

    [Fact]
    public void CitiesCompareTrimmedAndIgnoringCase()
    {
        var index = new JobIndex([Job("a", Degree.Bachelor, "Beijing"), Job("b", Degree.Bachelor, "  WUHAN")]);

        var picks = index.Pick(Bachelor with { City = "wuhan " }, NonePushed, count: 1);

        Assert.Equal("b", Assert.Single(picks).JobId);
        Assert.Contains(MatchCriterion.City, picks[0].Matched);
    }

    [Fact]
    public void AGraduateWithoutACityMatchesNoCity()
    {
        var index = new JobIndex([Job("a", Degree.Bachelor, ""), Job("b", Degree.Bachelor, "Wuhan")]);

        var picks = index.Pick(Bachelor with { City = " " }, NonePushed);

        Assert.Equal(2, picks.Count);
        Assert.All(picks, p => Assert.Equal([MatchCriterion.Discipline, MatchCriterion.Degree], p.Matched));
    }

    [Fact]
    public void EquallyGoodJobsAreTakenInIdOrderFromAStartChosenByTheGraduateId()
    {
        var jobs = Enumerable.Range(0, 10).Select(i => Job($"j{i}", Degree.Bachelor, "Wuhan")).ToArray();
        var index = new JobIndex(jobs.Reverse());
        var start = (int)(JobIndex.StableHash("g1") % 10);

        var picks = index.Pick(Bachelor, NonePushed);

        Assert.Equal(
            [$"j{start}", $"j{(start + 1) % 10}", $"j{(start + 2) % 10}"],
            picks.Select(p => p.JobId));
    }

    [Fact]
    public void GraduatesWithTheSameProfileAreSpreadOverEquallyGoodJobs()
    {
        var index = new JobIndex(Enumerable.Range(0, 20).Select(i => Job($"j{i:00}", Degree.Bachelor, "Wuhan")));

        var firstPicks = Enumerable.Range(0, 200)
            .Select(i => index.Pick(Bachelor with { GraduateId = $"graduate-{i}" }, NonePushed)[0].JobId)
            .ToHashSet();

        Assert.Equal(20, firstPicks.Count);
    }

    [Fact]
    public void PicksAreTheSameEveryTime()
    {
        var jobs = RandomJobs(new Random(7), 500);

        var first = new JobIndex(jobs).Pick(Bachelor, NonePushed);
        var second = new JobIndex(jobs.AsEnumerable().Reverse()).Pick(Bachelor, NonePushed);

        Assert.Equal(first, second);
        Assert.Equal(JobIndex.StableHash("g1"), JobIndex.StableHash("g1"));
        Assert.Equal(2166136261u, JobIndex.StableHash(""));
    }

    [Theory]
    [InlineData(20)]
    [InlineData(150)]
    [InlineData(1000)]
    public void PicksAgreeWithEvaluatingEveryJob(int jobCount)
    {
        var random = new Random(jobCount);
        var jobs = RandomJobs(random, jobCount);
        var index = new JobIndex(jobs);

        for (var i = 0; i < 200; i++)
        {
            var graduate = new MatchProfile(
                $"g{i}", random.Pick(Enum.GetValues<Discipline>()[..3]), random.Pick(Enum.GetValues<Degree>()), random.Pick(Cities), i % 3 == 0);
            var pushed = jobs.Where(_ => random.Next(4) == 0).Select(j => j.JobId).ToHashSet();

            Assert.Equal(Reference(jobs, graduate, pushed), index.Pick(graduate, pushed));
        }
    }

    [Fact]
    public void InvalidJobsAreRefused()
    {
        Assert.Throws<ArgumentException>(() => new JobIndex([Job("a", Degree.Bachelor, "Wuhan"), Job("a", Degree.Master, "Wuhan")]));
        Assert.Throws<ArgumentException>(() => new JobIndex([Job("", Degree.Bachelor, "Wuhan")]));
        Assert.Throws<ArgumentException>(() => new JobIndex([Job("a", (Degree)9, "Wuhan")]));
        Assert.Throws<ArgumentException>(() => new JobIndex([]).Pick(Bachelor with { Degree = (Degree)9 }, NonePushed));
        Assert.Throws<ArgumentOutOfRangeException>(() => new JobIndex([]).Pick(Bachelor, NonePushed, -1));
    }

    private static readonly string[] Cities = ["Wuhan", "Beijing", "Shenzhen", "Xi'an", "Chengdu"];

    // The rule stated plainly: evaluate every job, then order by degree gap, city, and position
    // in id order counted from the graduate's starting point within that group (the jobs of the
    // same discipline and degree, in the graduate's city for the city tier).
    private static List<JobMatch> Reference(IReadOnlyList<OpenJob> jobs, MatchProfile graduate, HashSet<string> pushed)
    {
        var start = JobIndex.StableHash(graduate.GraduateId);
        var withOpenings = jobs.Where(j => j.Openings > 0).ToList();
        var positions = new Dictionary<OpenJob, int>();
        foreach (var group in withOpenings.GroupBy(j => (j.Discipline, j.Degree, City: JobMatching.SameCity(j.City, graduate.City))))
        {
            var sorted = (group.Key.City ? group : withOpenings.Where(j => j.Discipline == group.Key.Discipline && j.Degree == group.Key.Degree))
                .OrderBy(j => j.JobId, StringComparer.Ordinal)
                .ToList();
            var offset = (int)(start % (uint)sorted.Count);
            for (var i = 0; i < sorted.Count; i++)
            {
                if (JobMatching.SameCity(sorted[i].City, graduate.City) == group.Key.City)
                {
                    positions[sorted[i]] = (i - offset + sorted.Count) % sorted.Count;
                }
            }
        }

        return withOpenings
            .Select(job => (Job: job, Match: JobMatching.Evaluate(graduate, job)))
            .Where(p => p.Match is not null && !pushed.Contains(p.Job.JobId))
            .OrderBy(p => graduate.Degree - p.Job.Degree)
            .ThenBy(p => p.Match!.Matched.Contains(MatchCriterion.City) ? 0 : 1)
            .ThenBy(p => positions[p.Job])
            .Take(JobPush.CountFor(graduate.InPriorityGroup))
            .Select(p => p.Match!)
            .ToList();
    }

    private static OpenJob[] RandomJobs(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new OpenJob(
            $"job-{random.Next(1_000_000):000000}-{i}",
            random.Pick(Enum.GetValues<Discipline>()[..3]),
            random.Pick(Enum.GetValues<Degree>()),
            random.Pick(Cities),
            random.Next(4)))];

    private static OpenJob Job(string id, Degree degree, string city, Discipline discipline = Discipline.Engineering, int openings = 2) =>
        new(id, discipline, degree, city, openings);
}

internal static class RandomExtensions
{
    public static T Pick<T>(this Random random, T[] items) => items[random.Next(items.Length)];
}

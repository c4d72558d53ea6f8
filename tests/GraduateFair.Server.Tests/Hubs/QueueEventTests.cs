using System.Net;
using GraduateFair.Server.Tests.Hubs.Client;
using GraduateFair.Server.Tests.Support;

namespace GraduateFair.Server.Tests.Hubs;

/// <summary>What waiting graduates and calling employers hear from the hub as the queue moves.</summary>
public sealed class QueueEventTests(GraduateFairApp app) : IClassFixture<GraduateFairApp>
{
    private static readonly string[] SensitiveWords = ["priority", "hardship", "zero-employment", "disability", "low-income", "lane"];

    private readonly GraduateFairApp _app = app;
    private readonly Story _story = new(app);

    [Fact]
    public async Task AGraduateHearsTheirPlaceOnJoiningAndMovesUpWhenTheGraduateAheadIsCalled()
    {
        var (employer, _, boothId) = await _story.OpenBoothAsync();
        var first = await _story.GraduateAsync("First In Line");
        var second = await _story.GraduateAsync("Second In Line");
        var hub = _story.Hub(second);

        await _story.JoinAsync(first, boothId);
        await _story.JoinAsync(second, boothId);
        var joined = await hub.On("QueuePosition").NextAsync<QueuePositionDto>();
        var (called, _) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
        _app.Clock.Advance(TimeSpan.FromSeconds(1));
        var moved = await hub.On("QueuePosition").NextAsync<QueuePositionDto>();

        Assert.Equal(new QueuePositionDto(boothId, 2, 1200, "about 20 minutes"), joined);
        Assert.Equal(HttpStatusCode.OK, called);
        Assert.Equal(new QueuePositionDto(boothId, 1, 600, "about 10 minutes"), moved);
    }

    [Fact]
    public async Task AGraduateWhoJoinedWithoutAConnectionHearsTheirFirstMoveAtOnceAfterConnecting()
    {
        var (employer, _, boothId) = await _story.OpenBoothAsync();
        var first = await _story.GraduateAsync("Connected Early");
        var second = await _story.GraduateAsync("Connected Late", online: false);
        await _story.JoinAsync(first, boothId);
        await _story.JoinAsync(second, boothId);

        // Connecting catches up on the place; nothing was kept for the offline join, so no
        // coalescing window holds the first move back (the test clock does not move). One call
        // makes sure the hub counts the graduate online.
        await using var hub = await _app.ConnectHubAsync(second);
        await hub.InvokeAsync("UnwatchFair", "connected");
        var caughtUp = await hub.On("QueuePosition").NextAsync<QueuePositionDto>();
        var (called, _) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
        var moved = await hub.On("QueuePosition").NextAsync<QueuePositionDto>();

        Assert.Equal(new QueuePositionDto(boothId, 2, 1200, "about 20 minutes"), caughtUp);
        Assert.Equal(HttpStatusCode.OK, called);
        Assert.Equal(new QueuePositionDto(boothId, 1, 600, "about 10 minutes"), moved);
    }

    [Fact]
    public async Task TheInvitedGraduateHearsInvitedAndTheEmployerHearsTheAcceptance()
    {
        var (employer, _, boothId) = await _story.OpenBoothAsync();
        await using var employerHub = await _app.ConnectHubAsync(employer);
        var graduate = await _story.GraduateAsync("Invited Graduate");
        await _story.JoinAsync(graduate, boothId);

        var (_, called) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
        var invited = await _story.Hub(graduate).On("Invited").NextAsync<InvitedDto>();
        var (_, accepted) = await _story.Client.PostAsync($"/api/invitations/{called.Text("invitationId")}/accept", token: graduate.Token);
        var answered = await employerHub.On("InvitationAnswered").NextAsync<InvitationAnsweredDto>();

        Assert.Equal(new InvitedDto(called.Text("invitationId")!, boothId, "Wuhan Optics Ltd", called!["expiresAt"]!.GetValue<DateTimeOffset>()), invited);
        Assert.Equal(new InvitationAnsweredDto(called.Text("invitationId")!, boothId, graduate.UserId, "accepted", accepted.Text("roomId")), answered);
    }

    [Fact]
    public async Task DecliningTellsTheEmployerAndTakesTheGraduateOutOfTheQueue()
    {
        var (employer, _, boothId) = await _story.OpenBoothAsync();
        await using var employerHub = await _app.ConnectHubAsync(employer);
        var graduate = await _story.GraduateAsync("Declining Graduate");
        await _story.JoinAsync(graduate, boothId);

        var (_, called) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
        var (declined, _) = await _story.Client.PostAsync($"/api/invitations/{called.Text("invitationId")}/decline", token: graduate.Token);
        var answered = await employerHub.On("InvitationAnswered").NextAsync<InvitationAnsweredDto>();
        var left = await _story.Hub(graduate).On("QueueLeft").NextAsync<QueueLeftDto>();

        Assert.Equal(HttpStatusCode.NoContent, declined);
        Assert.Equal(new InvitationAnsweredDto(called.Text("invitationId")!, boothId, graduate.UserId, "declined", null), answered);
        Assert.Equal(new QueueLeftDto(boothId, "declined"), left);
    }

    [Fact]
    public async Task AnInvitationThatRunsOutIsToldToBothAndASecondOneEndsInANoShow()
    {
        var (employer, _, boothId) = await _story.OpenBoothAsync();
        await using var employerHub = await _app.ConnectHubAsync(employer);
        var graduate = await _story.GraduateAsync("Slow Graduate");
        var hub = _story.Hub(graduate);
        await _story.JoinAsync(graduate, boothId);
        await hub.On("QueuePosition").NextAsync();

        var (_, first) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
        _app.Clock.Advance(TimeSpan.FromSeconds(91));
        var graduateHeard = await hub.On("InvitationExpired").NextAsync<InvitationExpiredDto>();
        var employerHeard = await employerHub.On("InvitationExpired").NextAsync<InvitationExpiredDto>();
        var backInLine = await hub.On("QueuePosition").NextAsync<QueuePositionDto>();
        var (_, second) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
        _app.Clock.Advance(TimeSpan.FromSeconds(91));
        var secondExpiry = await hub.On("InvitationExpired").NextAsync<InvitationExpiredDto>();
        var left = await hub.On("QueueLeft").NextAsync<QueueLeftDto>();

        Assert.Equal(new InvitationExpiredDto(first.Text("invitationId")!, boothId), graduateHeard);
        Assert.Equal(graduateHeard, employerHeard);
        Assert.Equal(1, backInLine.Position);
        Assert.Equal(new InvitationExpiredDto(second.Text("invitationId")!, boothId), secondExpiry);
        Assert.Equal(new QueueLeftDto(boothId, "no-show"), left);
    }

    [Fact]
    public async Task LeavingIsToldToEveryConnectionOfTheGraduate()
    {
        var (_, _, boothId) = await _story.OpenBoothAsync();
        var graduate = await _story.GraduateAsync("Two Tabs");
        await using var secondTab = await _app.ConnectHubAsync(graduate);
        await _story.JoinAsync(graduate, boothId);

        var (left, _) = await _story.Client.SendAsync(HttpMethod.Delete, $"/api/booths/{boothId}/queue", token: graduate.Token);
        var firstTabHeard = await _story.Hub(graduate).On("QueueLeft").NextAsync<QueueLeftDto>();
        var secondTabHeard = await secondTab.On("QueueLeft").NextAsync<QueueLeftDto>();

        Assert.Equal(HttpStatusCode.NoContent, left);
        Assert.Equal(new QueueLeftDto(boothId, "left"), firstTabHeard);
        Assert.Equal(firstTabHeard, secondTabHeard);
    }

    [Fact]
    public async Task ClosingTheFairTellsItsWatchersAndEveryoneWaitingOrInvited()
    {
        var organiser = await _story.OrganiserAsync();
        var (employer, fairId, boothId) = await _story.OpenBoothAsync(organiser);
        var invited = await _story.GraduateAsync("Invited When Closing");
        var waiting = await _story.GraduateAsync("Waiting When Closing");
        await _story.JoinAsync(invited, boothId);
        await _story.JoinAsync(waiting, boothId);
        await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
        var watcher = _story.Hub(waiting);
        var watching = await watcher.InvokeAsync<FairStatusDto>("WatchFair", fairId);

        var (closed, _) = await _story.Client.PostAsync($"/api/fairs/{fairId}/close", token: organiser.Token);
        var status = await watcher.On("FairStatus").NextAsync<FairStatusDto>();
        var waitingLeft = await watcher.On("QueueLeft").NextAsync<QueueLeftDto>();
        var invitationEnded = await _story.Hub(invited).On("InvitationExpired").NextAsync<InvitationExpiredDto>();
        var invitedLeft = await _story.Hub(invited).On("QueueLeft").NextAsync<QueueLeftDto>();

        Assert.Equal(new FairStatusDto(fairId, "open"), watching);
        Assert.Equal(HttpStatusCode.OK, closed);
        Assert.Equal(new FairStatusDto(fairId, "closed"), status);
        Assert.Equal(new QueueLeftDto(boothId, "fair-closed"), waitingLeft);
        Assert.Equal(boothId, invitationEnded.BoothId);
        Assert.Equal(new QueueLeftDto(boothId, "fair-closed"), invitedLeft);
    }

    [Fact]
    public async Task NothingAnEmployerHearsNamesAPriorityGroupOrLane()
    {
        var (employer, _, boothId) = await _story.OpenBoothAsync();
        await using var employerHub = await _app.ConnectHubAsync(employer);
        await employerHub.InvokeAsync("WatchBooth", boothId);
        var regular = await _story.GraduateAsync("Regular Graduate");
        var priority = await _story.GraduateAsync("Priority Graduate", priorityGroup: "hardship-family");
        await _story.JoinAsync(regular, boothId);
        await _story.JoinAsync(priority, boothId);

        var (_, called) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
        await _story.Client.PostAsync($"/api/invitations/{called.Text("invitationId")}/accept", token: priority.Token);
        var answered = await employerHub.On("InvitationAnswered").NextAsync();
        _app.Clock.Advance(TimeSpan.FromSeconds(1));
        await employerHub.On("BoothQueue").WaitForAsync(m => m.Argument<BoothQueueDto>().Waiting == 1, "the count after the acceptance");

        Assert.Equal(priority.UserId, called.Text("graduateId"));
        Assert.Equal(priority.UserId, answered.Argument<InvitationAnsweredDto>().GraduateId);
        foreach (var message in employerHub.Received("BoothQueue").Concat(employerHub.Received("InvitationAnswered")))
        {
            foreach (var word in SensitiveWords)
            {
                Assert.DoesNotContain(word, message.ToString(), StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}

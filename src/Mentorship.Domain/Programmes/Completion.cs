using System.Diagnostics.CodeAnalysis;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.Programmes;

/// <summary>An award (поощрение) to one of the best pairs or groups at completion.</summary>
public class Award : AuditableEntity
{
    private Award()
    {
        Title = null!;
    }

    public Award(Guid programmeId, Guid groupId, string title, DateOnly awardedAt)
    {
        ProgrammeId = Check.NotEmpty(programmeId, "programmeId");
        GroupId = Check.NotEmpty(groupId, "groupId");
        Title = Guard.NotBlank(title, "title", TextLengths.Title);
        AwardedAt = awardedAt;
    }

    public Guid ProgrammeId { get; private set; }

    public Guid GroupId { get; private set; }

    public string Title { get; private set; }

    public DateOnly AwardedAt { get; private set; }

    /// <summary>Awards a pair or group of its programme; a terminated one is not awarded.</summary>
    public static Award To(MentoringGroup group, string title, DateOnly awardedAt)
    {
        if (group.Status == GroupStatus.Terminated)
        {
            throw new DomainConflictException(ErrorCodes.Completion.TerminatedNotAwarded, "groupId");
        }

        return new Award(group.ProgrammeId, group.Id, title, awardedAt);
    }
}

/// <summary>A success case (кейс) that, once published, appears in the public base of best practices.</summary>
public class SuccessCase : AuditableEntity
{
    private SuccessCase()
    {
        Title = null!;
        Text = null!;
    }

    public SuccessCase(Guid programmeId, Guid? groupId, string title, string text)
    {
        ProgrammeId = Check.NotEmpty(programmeId, "programmeId");
        GroupId = groupId;
        Title = Guard.NotBlank(title, "title", TextLengths.Title);
        Text = Guard.NotBlank(text, "text", TextLengths.FreeText);
    }

    public Guid ProgrammeId { get; private set; }

    public Guid? GroupId { get; private set; }

    public string Title { get; private set; }

    /// <summary>Public text: it must not name the pupils.</summary>
    public string Text { get; private set; }

    public bool IsPublished { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public void Update(string title, string text)
    {
        Title = Guard.NotBlank(title, "title", TextLengths.Title);
        Text = Guard.NotBlank(text, "text", TextLengths.FreeText);
    }

    public void Publish(DateTimeOffset at)
    {
        if (IsPublished)
        {
            throw new DomainException(ErrorCodes.Completion.CaseAlreadyPublished);
        }

        IsPublished = true;
        PublishedAt = at;
    }

    public void Unpublish()
    {
        IsPublished = false;
        PublishedAt = null;
    }
}

/// <summary>The final event of the programme (итоговое мероприятие) where pairs present their results.</summary>
public class FinalEvent : AuditableEntity
{
    private FinalEvent()
    {
        Title = null!;
    }

    public FinalEvent(Guid programmeId, DateTimeOffset at, string title, string? description, string? place = null)
    {
        ProgrammeId = Check.NotEmpty(programmeId, "programmeId");
        Update(at, title, description, place);
    }

    public Guid ProgrammeId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    public string? Place { get; private set; }

    [MemberNotNull(nameof(Title))]
    public void Update(DateTimeOffset at, string title, string? description, string? place)
    {
        At = at.ToUniversalTime();
        Title = Guard.NotBlank(title, "title", TextLengths.Title);
        Description = Guard.Optional(description, "description", TextLengths.FreeText);
        Place = Guard.Optional(place, "place", TextLengths.Title);
    }
}

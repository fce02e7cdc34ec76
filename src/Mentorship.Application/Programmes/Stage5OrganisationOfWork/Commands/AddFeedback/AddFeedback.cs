using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetFeedback;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.AddFeedback;

/// <summary>
/// Feedback of a member at the initial, midpoint or final point. A member gives their own; staff may enter a
/// member's feedback given on paper (<c>authorPersonId</c>). Final feedback is taken after the group ended too.
/// </summary>
/// <param name="AuthorPersonId">
/// The member whose feedback it is: omit for one's own; staff entering feedback given on paper must name the member.
/// </param>
/// <param name="Stage">
/// The point the feedback is for: initial (входное), midpoint (промежуточное) or final (итоговое).
/// </param>
/// <param name="Text">The feedback (обратная связь) in words; up to 4000 characters.</param>
/// <param name="Rating">Rating from 1 to 10; optional.</param>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record AddFeedbackCommand(Guid? AuthorPersonId, ProgressPoint? Stage, string? Text, int? Rating) : IRequest<FeedbackDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid GroupId { get; init; }
}

internal sealed class AddFeedbackHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper, TimeProvider time) : IRequestHandler<AddFeedbackCommand, FeedbackDto>
{
    public async Task<FeedbackDto> Handle(AddFeedbackCommand request, CancellationToken cancellationToken)
    {
        var group = await db.GroupAsync(request.GroupId, cancellationToken);
        var caller = user.CallerIn(group);
        var author = caller.IsMember && (request.AuthorPersonId is null || request.AuthorPersonId == caller.MemberPersonId)
            ? caller.MemberPersonId!.Value
            : caller.IsStaff && request.AuthorPersonId is { } given
                ? given
                : throw (caller.IsStaff
                    ? new ValidationException("authorPersonId", ErrorCodes.Group.FeedbackAuthorRequired)
                    : new ForbiddenAccessException());
        var feedback = group.TakeFeedback(author, request.Stage!.Value, request.Text!, request.Rating, time.GetUtcNow());
        db.Feedbacks.Add(feedback);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<FeedbackDto>(feedback);
    }
}

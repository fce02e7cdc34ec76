using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetMentee;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage4MenteeBank.Commands.RemoveMenteeRequest;

[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record RemoveMenteeRequestCommand(Guid ProgrammeId, Guid MenteeId, Guid RequestId) : IRequest<MenteeDto>;

internal sealed class RemoveMenteeRequestHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<RemoveMenteeRequestCommand, MenteeDto>
{
    public async Task<MenteeDto> Handle(RemoveMenteeRequestCommand request, CancellationToken cancellationToken)
    {
        var mentee = await db.MenteeToChangeAsync(request.ProgrammeId, request.MenteeId, cancellationToken);
        if (!mentee.RemoveRequest(request.RequestId))
        {
            throw new NotFoundException(nameof(MenteeRequest), request.RequestId);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.MenteeDtoAsync(mapper, request.ProgrammeId, mentee.Id, cancellationToken);
    }
}

using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Reference;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Public.Programmes.Queries.GetPublicProgramme;

public sealed record GetPublicProgrammeQuery(Guid Id) : IRequest<PublicProgrammeDto>;

internal sealed class GetPublicProgrammeHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetPublicProgrammeQuery, PublicProgrammeDto>
{
    public async Task<PublicProgrammeDto> Handle(GetPublicProgrammeQuery request, CancellationToken cancellationToken)
    {
        // An unpublished programme is not found: the public side does not learn that it exists.
        var programme = await db.PublishedProgrammes().Where(p => p.Id == request.Id)
                            .ProjectTo<PublicProgrammeDto>(mapper.ConfigurationProvider)
                            .SingleOrDefaultAsync(cancellationToken)
                        ?? throw new NotFoundException(nameof(Programme), request.Id);
        return programme with
        {
            StageTitle = ReferenceTitles.Of(programme.Stage),
            Forms = programme.Forms.Select(f => f with { Title = ReferenceTitles.Of(f.Code) }).ToList(),
            Formats = programme.Formats.Select(f => f with { Title = ReferenceTitles.Of(f.Code) }).ToList(),
        };
    }
}

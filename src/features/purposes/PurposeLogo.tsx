import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import { useState } from 'react';
import { reportLogoStatus } from './checks/logoProbe';
import { avatarColour, initialsOf, safeImageUrl } from './logo';

interface PurposeLogoProps {
  name: string;
  imageUrl?: string;
  size: number;
  /** Empty where the name is written next to it; the detail page names it. */
  alt?: string;
}

/** A fixed box, so nothing shifts while logos load; initials when there is none or it fails. */
export function PurposeLogo({ name, imageUrl, size, alt = '' }: PurposeLogoProps) {
  const src = safeImageUrl(imageUrl);
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const showImage = src !== null && failedSrc !== src;
  return (
    <Box
      sx={{
        width: size,
        height: size,
        flex: 'none',
        borderRadius: 2,
        overflow: 'hidden',
        display: 'grid',
        placeItems: 'center',
        // A light plate keeps dark logos legible on dark cards.
        bgcolor: showImage ? '#fff' : 'transparent',
        border: showImage ? 1 : 0,
        borderColor: 'divider',
      }}
    >
      {showImage ? (
        <img
          src={src}
          alt={alt}
          width={size}
          height={size}
          loading="lazy"
          decoding="async"
          referrerPolicy="no-referrer"
          // What the card learns, the tenant checks learn too (and need not load it again).
          onLoad={() => reportLogoStatus(src, 'ok')}
          onError={() => {
            setFailedSrc(src);
            reportLogoStatus(src, 'failed');
          }}
          style={{ width: '100%', height: '100%', objectFit: 'contain', padding: size / 10 }}
        />
      ) : (
        <Avatar
          variant="rounded"
          role={alt ? 'img' : undefined}
          aria-label={alt || undefined}
          aria-hidden={alt ? undefined : true}
          sx={{
            width: size,
            height: size,
            bgcolor: avatarColour(name),
            color: '#fff',
            fontSize: size * 0.38,
            fontWeight: 600,
          }}
        >
          {initialsOf(name)}
        </Avatar>
      )}
    </Box>
  );
}

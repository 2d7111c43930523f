//! The eight kinds of leak-shaped copy: what a picture looks like once it
//! has been screenshotted, reposted, collaged, watermarked, cut, photographed
//! off a screen, framed by a forum or shrunk to a thumbnail.

use image::imageops;
use image::RgbImage;

use super::draw::*;

/// The kinds of edit, in report order.
pub const KINDS: [&str; 8] = [
    "story",
    "chat",
    "collage",
    "watermark",
    "crop_mirror",
    "rotated",
    "forum",
    "thumbnail",
];

const WHITE: [u8; 3] = [255, 255, 255];
const BLACK: [u8; 3] = [0, 0, 0];

/// Applies edit `kind` to `picture`; `fillers` are other pictures (for the
/// collage's other tiles).
pub fn apply(kind: &str, picture: &RgbImage, fillers: [&RgbImage; 3], rng: &mut Rng) -> RgbImage {
    match kind {
        "story" => story(picture, rng),
        "chat" => chat(picture, rng),
        "collage" => collage(picture, fillers, rng),
        "watermark" => watermark(picture, rng),
        "crop_mirror" => crop_mirror(picture, rng),
        "rotated" => rotated(picture, rng),
        "forum" => forum(picture, rng),
        "thumbnail" => fit(picture, 128, 128),
        _ => panic!("unknown edit {kind}"),
    }
}

/// A phone story screenshot: status bar, name bar, the picture across the
/// width, a caption band across the picture, a reply bar.
fn story(picture: &RgbImage, rng: &mut Rng) -> RgbImage {
    let (w, h) = (1080u32, 1920u32);
    let mut s = RgbImage::from_pixel(w, h, image::Rgb([12, 12, 14]));
    let pic = fit(picture, w, h - 380);
    let top = ((h - pic.height()) / 2) as i64;
    paste(&mut s, &pic, ((w - pic.width()) / 2) as i64, top);
    // Progress bars and status bar.
    fill_rect(&mut s, 16, 14, 1048, 6, [200, 200, 200], 0.8);
    text(&mut s, rng, 40, 36, 34, 5, WHITE, 1.0);
    text(&mut s, rng, 860, 36, 30, 6, WHITE, 1.0);
    // Name bar with an avatar.
    fill_disc(&mut s, 80, 130, 40, rng.colour().map(|c| c as u8));
    text(&mut s, rng, 140, 112, 38, 12, WHITE, 1.0);
    text(&mut s, rng, 140 + 12 * 33, 116, 28, 4, [180, 180, 180], 1.0);
    // Caption band across the picture.
    let band_y = top as i32 + (pic.height() as f32 * rng.range(0.45, 0.75)) as i32;
    fill_rect(&mut s, 0, band_y, w as i32, 110, BLACK, 0.55);
    text(&mut s, rng, 70, band_y + 20, 42, 20, WHITE, 1.0);
    text(&mut s, rng, 70, band_y + 66, 34, 14, WHITE, 1.0);
    // Reply bar.
    fill_rect(&mut s, 30, h as i32 - 130, 880, 90, [70, 70, 74], 1.0);
    text(
        &mut s,
        rng,
        70,
        h as i32 - 105,
        38,
        13,
        [210, 210, 210],
        1.0,
    );
    fill_disc(&mut s, 990, h as i32 - 85, 38, [70, 70, 74]);
    s
}

/// A chat screenshot: the picture at half the screen's width in a bubble,
/// among text bubbles, with a title bar and an input bar.
fn chat(picture: &RgbImage, rng: &mut Rng) -> RgbImage {
    let (w, h) = (1080u32, 2340u32);
    let mut s = RgbImage::from_pixel(w, h, image::Rgb([236, 229, 221]));
    fill_rect(&mut s, 0, 0, w as i32, 230, [7, 94, 84], 1.0);
    fill_disc(&mut s, 150, 150, 50, rng.colour().map(|c| c as u8));
    text(&mut s, rng, 230, 115, 44, 11, WHITE, 1.0);
    let mut y = 280;
    let pic = fit_width(picture, 540);
    let pic_at = 1 + rng.below(3);
    for k in 0..6 {
        let right = rng.below(2) == 1;
        if k == pic_at {
            let x = if right { w - 600 } else { 40 };
            fill_rect(
                &mut s,
                x as i32,
                y,
                560,
                pic.height() as i32 + 20,
                [220, 248, 198],
                1.0,
            );
            paste(&mut s, &pic, i64::from(x) + 10, i64::from(y) + 10);
            y += pic.height() as i32 + 50;
            continue;
        }
        let lines = 1 + rng.below(3) as i32;
        let bw = 400 + rng.below(400) as i32;
        let x = if right { w as i32 - bw - 40 } else { 40 };
        fill_rect(
            &mut s,
            x,
            y,
            bw,
            30 + lines * 55,
            if right { [220, 248, 198] } else { WHITE },
            1.0,
        );
        for l in 0..lines {
            text(
                &mut s,
                rng,
                x + 25,
                y + 20 + l * 55,
                36,
                (bw as u32 - 50) / 31,
                [40, 40, 40],
                1.0,
            );
        }
        y += 60 + lines * 55;
        if y > h as i32 - 300 {
            break;
        }
    }
    fill_rect(&mut s, 20, h as i32 - 150, 880, 110, WHITE, 1.0);
    text(
        &mut s,
        rng,
        60,
        h as i32 - 115,
        40,
        10,
        [150, 150, 150],
        1.0,
    );
    fill_disc(&mut s, 985, h as i32 - 95, 55, [0, 150, 136]);
    s
}

/// A 2x2 collage with white gutters: the picture in a random tile.
fn collage(picture: &RgbImage, fillers: [&RgbImage; 3], rng: &mut Rng) -> RgbImage {
    let side = 600u32;
    let gap = 12u32;
    let mut s = RgbImage::from_pixel(2 * side + 3 * gap, 2 * side + 3 * gap, image::Rgb(WHITE));
    let at = rng.below(4) as usize;
    let mut others = fillers.into_iter();
    for tile in 0..4 {
        let img = if tile == at {
            picture
        } else {
            others.next().unwrap()
        };
        let t = square(img, side);
        let (x, y) = ((tile % 2) as u32, (tile / 2) as u32);
        paste(
            &mut s,
            &t,
            i64::from(gap + x * (side + gap)),
            i64::from(gap + y * (side + gap)),
        );
    }
    s
}

/// A site's watermark written across the picture and a logo in a corner.
fn watermark(picture: &RgbImage, rng: &mut Rng) -> RgbImage {
    let mut s = fit(picture, 1280, 1280);
    let (w, h) = (s.width() as i32, s.height() as i32);
    let size = h / 14;
    let mut y = size;
    while y < h {
        let x = -(rng.below(200) as i32);
        text(&mut s, rng, x, y, size, 40, WHITE, 0.35);
        y += 3 * size;
    }
    let logo = w / 6;
    fill_rect(
        &mut s,
        w - logo - 20,
        h - logo / 2 - 20,
        logo,
        logo / 2,
        [200, 30, 40],
        1.0,
    );
    text(&mut s, rng, w - logo, h - logo / 2, logo / 5, 4, WHITE, 1.0);
    s
}

/// 20-25 % of the width and of the height cut away, then mirrored.
fn crop_mirror(picture: &RgbImage, rng: &mut Rng) -> RgbImage {
    let (w, h) = (picture.width() as f32, picture.height() as f32);
    let cut_x = rng.range(0.20, 0.25);
    let cut_y = rng.range(0.20, 0.25);
    let left = rng.range(0.0, cut_x);
    let top = rng.range(0.0, cut_y);
    let c = imageops::crop_imm(
        picture,
        (left * w) as u32,
        (top * h) as u32,
        ((1.0 - cut_x) * w) as u32,
        ((1.0 - cut_y) * h) as u32,
    )
    .to_image();
    imageops::flip_horizontal(&c)
}

/// A photo of a screen: turned 4-10 degrees either way, slightly skewed
/// in perspective, on a dark bezel, darker and softer.
fn rotated(picture: &RgbImage, rng: &mut Rng) -> RgbImage {
    let pic = fit(picture, 1000, 1000);
    let (pw, ph) = (pic.width() as f32, pic.height() as f32);
    let (w, h) = (1400u32, 1400u32);
    let mut s = RgbImage::from_pixel(w, h, image::Rgb([38, 36, 40]));
    let sign = if rng.below(2) == 0 { -1.0 } else { 1.0 };
    let a = sign * rng.range(4.0, 10.0).to_radians();
    let (ca, sa) = (a.cos(), a.sin());
    let (cx, cy) = (w as f32 / 2.0, h as f32 / 2.0);
    let skew = 0.03 * pw;
    let corners = [(0.0, 0.0), (pw, 0.0), (pw, ph), (0.0, ph)];
    let mut to = [(0f32, 0f32); 4];
    for (k, &(x, y)) in corners.iter().enumerate() {
        let (dx, dy) = (x - pw / 2.0, y - ph / 2.0);
        let jitter = if k < 2 { -skew } else { skew } * if x > 0.0 { 1.0 } else { -1.0 } * 0.5;
        to[k] = (cx + ca * dx - sa * dy + jitter, cy + sa * dx + ca * dy);
    }
    let inverse = homography(to, corners);
    warp(&mut s, &pic, inverse);
    // Darker, lower contrast, softer, a little noise.
    let gain = rng.range(0.75, 0.9);
    for p in s.pixels_mut() {
        for v in p.0.iter_mut() {
            let noise = rng.range(-6.0, 6.0);
            *v = (f32::from(*v) * gain + 12.0 + noise).clamp(0.0, 255.0) as u8;
        }
    }
    image::imageops::blur(&s, 1.2)
}

/// A forum post: header, a wide border around the picture, a caption.
fn forum(picture: &RgbImage, rng: &mut Rng) -> RgbImage {
    let pic = fit(picture, 800, 800);
    let border = 130u32;
    let (w, h) = (
        pic.width() + 2 * border + 200,
        pic.height() + 2 * border + 320,
    );
    let mut s = RgbImage::from_pixel(w, h, image::Rgb([245, 245, 240]));
    fill_rect(&mut s, 0, 0, w as i32, 90, [40, 60, 110], 1.0);
    text(&mut s, rng, 30, 25, 40, 14, WHITE, 1.0);
    fill_rect(&mut s, 0, 90, 180, h as i32 - 90, [225, 228, 235], 1.0);
    fill_disc(&mut s, 90, 180, 55, rng.colour().map(|c| c as u8));
    text(&mut s, rng, 20, 260, 24, 6, [40, 40, 40], 1.0);
    let (x0, y0) = (180 + border, 90 + border);
    fill_rect(
        &mut s,
        x0 as i32 - 8,
        y0 as i32 - 8,
        pic.width() as i32 + 16,
        pic.height() as i32 + 16,
        [120, 120, 120],
        1.0,
    );
    paste(&mut s, &pic, i64::from(x0), i64::from(y0));
    let mut y = (y0 + pic.height() + 40) as i32;
    for _ in 0..3 {
        text(&mut s, rng, x0 as i32, y, 30, 24, [30, 30, 30], 1.0);
        y += 50;
    }
    s
}

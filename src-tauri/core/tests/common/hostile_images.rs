//! Small files that cost a decoder far more memory than their size (issue
//! 18, item 5), written by hand so nothing is downloaded: real PNGs (pixels
//! deflated as a PNG encoder would), GIF and WebP headers.
//! Shared by `tests/hostile_images.rs` and `examples/hostile_set.rs` (the
//! peak-memory benchmark in docs/benchmarks.md).

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};

use flate2::write::ZlibEncoder;
use flate2::{Compression, Crc};

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend((data.len() as u32).to_be_bytes());
    let mut crc = Crc::new();
    crc.update(kind);
    crc.update(data);
    out.extend(kind);
    out.extend(data);
    out.extend(crc.sum().to_be_bytes());
}

/// Zeros, deflated `chunk` bytes at a time (memory stays small).
fn deflated_zeros(total: u64, row: usize) -> Vec<u8> {
    let mut z = ZlibEncoder::new(Vec::new(), Compression::best());
    let zeros = vec![0u8; row];
    let mut left = total;
    while left > 0 {
        let n = left.min(row as u64) as usize;
        z.write_all(&zeros[..n]).unwrap();
        left -= n as u64;
    }
    z.finish().unwrap()
}

/// A black PNG: `depth` bits per sample, `colour` (2 RGB, 6 RGBA),
/// with `extra` chunks before its pixels.
pub fn png(
    width: u32,
    height: u32,
    depth: u8,
    colour: u8,
    extra: &[(&[u8; 4], Vec<u8>)],
) -> Vec<u8> {
    let channels: u64 = match colour {
        0 => 1,
        2 => 3,
        4 => 2,
        6 => 4,
        _ => panic!("colour type"),
    };
    let row = 1 + u64::from(width) * channels * u64::from(depth) / 8;
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend(width.to_be_bytes());
    ihdr.extend(height.to_be_bytes());
    ihdr.extend([depth, colour, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &ihdr);
    for (kind, data) in extra {
        chunk(&mut out, kind, data);
    }
    chunk(
        &mut out,
        b"IDAT",
        &deflated_zeros(row * u64::from(height), row as usize),
    );
    chunk(&mut out, b"IEND", &[]);
    out
}

/// An `iCCP` chunk whose profile inflates to `inflated` bytes.
pub fn iccp_bomb(inflated: u64) -> (&'static [u8; 4], Vec<u8>) {
    let mut data = b"bomb\0\0".to_vec();
    data.extend(deflated_zeros(inflated, 1 << 20));
    (b"iCCP", data)
}

/// A `zTXt` chunk whose text inflates to `inflated` bytes.
pub fn ztxt_bomb(inflated: u64) -> (&'static [u8; 4], Vec<u8>) {
    let mut data = b"Comment\0\0".to_vec();
    data.extend(deflated_zeros(inflated, 1 << 20));
    (b"zTXt", data)
}

/// A GIF whose screen is `width` x `height` with one 1x1 frame.
pub fn gif(width: u16, height: u16) -> Vec<u8> {
    let mut out = b"GIF89a".to_vec();
    out.extend(width.to_le_bytes());
    out.extend(height.to_le_bytes());
    out.extend([0x80, 0, 0]); // global colour table of 2
    out.extend([0, 0, 0, 255, 255, 255]);
    out.extend([0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0]); // 1x1 frame
    out.extend([2, 2, 0x44, 0x01, 0]); // LZW min code 2, one pixel
    out.push(0x3B);
    out
}

/// The hostile set: each file small, each costing hundreds of MB to
/// decode without the caps. Returns (name, path).
pub fn write_set(dir: &Path) -> Vec<(&'static str, PathBuf)> {
    let files: Vec<(&'static str, Vec<u8>)> = vec![
        // 8000² 16-bit RGB: 384 MB of samples in a ~0.5 MB file.
        ("png-16bit-8000.png", png(8000, 8000, 16, 2, &[])),
        // 8000² RGBA: 256 MB of samples, then its RGB copy and PDQ's luma.
        ("png-rgba-8000.png", png(8000, 8000, 8, 6, &[])),
        // A small picture carrying a 256 MB colour profile.
        (
            "png-iccp-bomb.png",
            png(64, 64, 8, 2, &[iccp_bomb(256 << 20)]),
        ),
        // A small picture carrying 256 MB of compressed text.
        (
            "png-ztxt-bomb.png",
            png(64, 64, 8, 2, &[ztxt_bomb(256 << 20)]),
        ),
        // A 7000x6000 16-bit grey PNG (a scanner's).
        ("png-16bit-grey-7000.png", png(7000, 6000, 16, 0, &[])),
        // A GIF screen of 8000² (RGBA canvas) around one pixel.
        ("gif-8000-screen.gif", gif(8000, 8000)),
        // 16-bit RGB 6000x5000 (180 MB of samples, under the cap alone).
        ("png-16bit-6000.png", png(6000, 5000, 16, 2, &[])),
        // 8-bit RGBA 7000x7000 (196 MB of samples).
        ("png-rgba-7000.png", png(7000, 7000, 8, 6, &[])),
    ];
    files
        .into_iter()
        .map(|(name, bytes)| {
            let path = dir.join(name);
            std::fs::write(&path, bytes).unwrap();
            (name, path)
        })
        .collect()
}
